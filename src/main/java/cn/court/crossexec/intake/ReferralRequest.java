package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A court's own referral (依职权): the case as in an application, plus the parties' wishes. */
@Schema(description = "法院依职权移送交叉执行")
public record ReferralRequest(
    @NotNull(message = "不能为空") @Valid ApplicationRequest caseDetails,
    @Schema(description = "当事人意愿（依职权启动时应听取当事人意见）") @NotBlank(message = "应记录当事人意愿") @Size(max = 2000, message = "最多2000字")
        String partiesWishes) {}
