package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Schema(description = "协同执行案件")
public record CaseView(
    String id,
    String applicationId,
    String caseNumber,
    String category,
    String mode,
    CaseStatus status,
    String statusLabel,
    String coordinatingCourtCode,
    String executingCourtCode,
    String originalCourtCode,
    LocalDate filedOn,
    long amountClaimedFen,
    long recoveredFen,
    List<OpenCaseCommand.CourtInRole> courts,
    List<OpenCaseCommand.Party> parties,
    String openedBy,
    OffsetDateTime openedAt,
    @Schema(description = "办理记录：案件日志与流程历史合并，按时间排序") List<Event> timeline,
    @Schema(description = "执行法院立案日（六个月期限起算）") LocalDate enforcementFiledOn,
    @Schema(description = "执行期限届满日（已扣除不计入期间、加上批准的延长）") LocalDate limitDueOn,
    @Schema(description = "承办人") String handlerName,
    @Schema(description = "是否有逾期事项") boolean overdue,
    @Schema(description = "逾期情况") List<String> overdueReasons,
    @Schema(description = "集中执行组") String caseGroupId,
    @Schema(description = "结案日期") LocalDate closedOn,
    @Schema(description = "结案说明") String closingNote,
    @Schema(description = "案件类型：LITIGATION 诉讼案件（执行期限六个月）/ NON_LITIGATION 非诉执行案件（三个月）") CaseType caseType,
    @Schema(description = "终本后最近一次恢复执行的日期（再次终本的三个月自此起算）") LocalDate resumedOn,
    @Schema(description = "执行案号（执行法院的新收执行案号）", example = "（2026）粤0303执1234号") String enforcementNumber) {

  public record Event(String type, String detail, String actor, OffsetDateTime occurredAt) {}

  /** The same case with the process history merged into its timeline, in time order. */
  CaseView withProcessHistory(List<Event> steps) {
    List<Event> merged = new ArrayList<>(timeline == null ? List.of() : timeline);
    merged.addAll(steps);
    merged.sort(Comparator.comparing(Event::occurredAt));
    return new CaseView(id, applicationId, caseNumber, category, mode, status, statusLabel, coordinatingCourtCode,
        executingCourtCode, originalCourtCode, filedOn, amountClaimedFen, recoveredFen, courts, parties, openedBy, openedAt,
        merged, enforcementFiledOn, limitDueOn, handlerName, overdue, overdueReasons, caseGroupId, closedOn, closingNote,
        caseType, resumedOn, enforcementNumber);
  }
}
