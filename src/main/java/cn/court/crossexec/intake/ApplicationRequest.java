package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A party's application to the next-higher court (当事人申请交叉执行). */
@Schema(description = "交叉执行申请")
public record ApplicationRequest(
    @Schema(description = "原执行案号", example = "（2024）粤0305执1234号") @NotBlank(message = "不能为空") String caseNumber,
    @Schema(description = "原执行法院代码", example = "GD0305") @NotBlank(message = "不能为空") String originalCourtCode,
    @Schema(description = "原执行案件立案日期", example = "2024-03-01") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate filedOn,
    @Schema(description = "原执行法院收到执行申请之日（六个月自此起算；缺省为立案日期）", example = "2024-02-27") @PastOrPresent(message = "不能晚于今天") LocalDate originalCourtReceivedOn,
    @Schema(description = "申请执行标的（分）", example = "125000000") @NotNull(message = "不能为空") @Positive(message = "应大于零") @jakarta.validation.constraints.Max(value = cn.court.crossexec.platform.Money.MAX_FEN, message = cn.court.crossexec.platform.Money.MAX_TEXT) Long amountClaimedFen,
    @Schema(description = "申请执行人") @NotEmpty(message = "至少一名申请执行人") @Size(max = 50, message = "最多50名") List<@Valid PartyRequest> applicants,
    @Schema(description = "被执行人") @NotEmpty(message = "至少一名被执行人") @Size(max = 50, message = "最多50名") List<@Valid PartyRequest> debtors,
    @Schema(description = "已知财产线索") @Size(max = 4000, message = "最多4000字") String assetLeads,
    @Schema(description = "申请理由") @NotBlank(message = "不能为空") @Size(max = 4000, message = "最多4000字") String reasons,
    @Schema(description = "不计入六个月的期间") List<@Valid ExcludedPeriodRequest> excludedPeriods,
    @Schema(description = "申请人陈述的情形（用于判断案件类型）") Set<Indicator> indicators,
    @Schema(description = "随申请提交的材料") Set<Material> materials) {

  /** The day the six months count from: the original court's receipt, or the filing date when none is given. */
  public LocalDate originalCourtReceivedOnOrFiled() {
    return originalCourtReceivedOn == null ? filedOn : originalCourtReceivedOn;
  }

  public List<ExcludedPeriodRequest> excludedPeriodsOrEmpty() {
    return excludedPeriods == null ? List.of() : excludedPeriods;
  }
}
