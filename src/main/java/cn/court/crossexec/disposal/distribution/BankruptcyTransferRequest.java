package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "执行转破产未成：被执行人为企业法人的，可按查封先后顺序清偿（民诉法解释第五百一十四条）")
public record BankruptcyTransferRequest(
    @Schema(description = "REFUSED 不予受理 / NOT_CONSENTED 当事人不同意移送") @NotNull(message = "不能为空")
        BankruptcyTransferOutcome outcome,
    @Schema(description = "依据（裁定书文号或当事人意见）") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字")
        String basis) {}
