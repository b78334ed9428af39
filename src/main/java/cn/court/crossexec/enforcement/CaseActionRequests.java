package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the case actions that change the course of the case at any time. */
public final class CaseActionRequests {

  private CaseActionRequests() {}

  @Schema(description = "执行和解协议")
  public record Settlement(
      @Schema(description = "达成和解日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate agreedOn,
      @Schema(description = "约定履行期限（含当日）") @NotNull(message = "不能为空") LocalDate performBy,
      @Schema(description = "和解协议主要内容") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String terms) {}

  @Schema(description = "申请执行人报告被执行人不履行和解协议")
  public record Breach(
      @Schema(description = "情况说明") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String note) {}

  @Schema(description = "被执行人自动履行完毕（经申请执行人确认）")
  public record FullPerformance(
      @Schema(description = "确认日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate confirmedOn,
      @Schema(description = "说明") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String note) {}

  @Schema(description = "申请执行人撤回执行申请")
  public record Withdrawal(
      @Schema(description = "撤回日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate withdrawnOn,
      @Schema(description = "撤回理由") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  @Schema(description = "终本后恢复执行")
  public record Resumption(
      @Schema(description = "恢复执行的理由（发现财产、申请执行人提供线索等）") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  @Schema(description = "不计入执行期限的期间")
  public record ExcludedPeriod(
      @Schema(description = "期间种类") @NotNull(message = "不能为空") ExcludedKind kind,
      @Schema(description = "起始日") @NotNull(message = "不能为空") LocalDate from,
      @Schema(description = "截止日（含当日）") @NotNull(message = "不能为空") LocalDate to,
      @Schema(description = "说明") @Size(max = 500, message = "最多500字") String note) {}

  @Schema(description = "限制消费令（可在执行通知之后另行发出）")
  public record ConsumptionRestriction(
      @Schema(description = "发出日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate issuedOn) {}

  @Schema(description = "网络查控未获答复的查询项，执行法院人工查询的结果")
  public record ManualInquiry(
      @Schema(description = "查询项") @NotNull(message = "不能为空") cn.court.crossexec.gateway.AssetSource source,
      @Schema(description = "结果：FOUND 查得财产 / NONE 未查得财产") @NotNull(message = "不能为空") ManualOutcome outcome,
      @Schema(description = "查询情况（查询机构、时间、结果）") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String note) {}

  public enum ManualOutcome { FOUND, NONE }

  @Schema(description = "延长执行期限申请")
  public record Extension(
      @Schema(description = "申请理由") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}
}
