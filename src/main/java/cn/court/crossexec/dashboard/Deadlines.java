package cn.court.crossexec.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The deadline lists of the dashboard. */
final class Deadlines {

  private Deadlines() {}

  @Schema(description = "临近或超过执行期限（六个月，已扣除不计入期间、加上批准的延长）的未结案件")
  record Limits(@Schema(description = "临近的天数（含）") int withinDays, List<LimitRow> cases) {}

  record LimitRow(String caseId, String caseNumber, String executingCourtCode, String executingCourtName,
      String status, LocalDate limitDueOn, @Schema(description = "距届满天数，负数为已超期天数") long daysLeft,
      @Schema(description = "已超期 / 临近届满") String state, @Schema(description = "案件链接") String link) {}

  @Schema(description = "未来若干日内到期、须续行的有效控制措施")
  record Measures(int withinDays, List<MeasureRow> measures) {}

  record MeasureRow(long measureId, String caseId, String caseNumber, String courtCode, String courtName, String kind,
      String assetDescription, LocalDate expiresOn, long daysLeft, String link) {}

  @Schema(description = "已超过法定期限尚未完成的移交环节（指定承办人、发出执行通知书等）与逾期未办结的联合执行事项，按法院计数，每行链接到案件")
  record Overdue(List<CourtOverdue> byCourt, List<OverdueRow> rows) {}

  record CourtOverdue(String courtCode, String courtName,
      @Schema(description = "逾期移交环节数") long handOverSteps,
      @Schema(description = "逾期联合执行事项数") long workItems) {}

  record OverdueRow(
      @Schema(description = "HAND_OVER（移交环节）或 WORK_ITEM（联合执行事项）") String kind,
      @Schema(description = "移交环节 / 联合执行事项") String kindLabel,
      String caseId,
      @Schema(description = "执行案号") String enforcementNumber,
      @Schema(description = "原案号") String caseNumber,
      @Schema(description = "负责的法院：移交环节为执行法院，联合执行事项为承办法院") String courtCode,
      String courtName,
      @Schema(description = "逾期的事项") String what,
      @Schema(description = "法定或指定的最后一日") LocalDate lastDay,
      @Schema(description = "已逾期天数（今日 − 最后一日）；流程已催办而最后一日未知时为空") Long daysOverdue,
      @Schema(description = "案件页面链接") String link) {}

  @Schema(description = "当前开放的异议期：财产处置参考价异议期、分配方案异议期（及反对意见期、起诉期），每行链接到案件")
  record Objections(List<ObjectionRow> windows) {}

  record ObjectionRow(
      @Schema(description = "PRICE（参考价异议）或 DISTRIBUTION（分配方案）") String kind,
      String caseId,
      @Schema(description = "执行案号") String enforcementNumber,
      @Schema(description = "原案号") String caseNumber,
      @Schema(description = "执行法院") String courtCode,
      String courtName,
      @Schema(description = "可异议的事项") String what,
      @Schema(description = "异议期最后一日（当日 24 时届满）") LocalDate lastDay,
      @Schema(description = "距届满天数（最后一日 − 今日），0 为今日届满") long daysLeft,
      @Schema(description = "案件页面链接") String link) {}
}
