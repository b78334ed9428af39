package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "执行款到账")
public record PaymentRequest(
    @Schema(description = "金额（分）", example = "5000000") @NotNull(message = "不能为空") @Positive(message = "应大于零") @jakarta.validation.constraints.Max(value = cn.court.crossexec.platform.Money.MAX_FEN, message = cn.court.crossexec.platform.Money.MAX_TEXT) Long amountFen,
    @Schema(description = "到账日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate receivedOn,
    @Schema(description = "付款人") @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200字") String payer,
    @Schema(description = "到账方式") @NotNull(message = "不能为空") PaymentChannel channel,
    @Schema(description = "银行流水号等凭证号（同一案件内不重复）") @Size(max = 100, message = "最多100字") String reference) {}
