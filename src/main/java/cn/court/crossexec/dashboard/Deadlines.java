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
}
