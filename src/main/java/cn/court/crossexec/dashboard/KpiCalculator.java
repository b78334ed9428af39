package cn.court.crossexec.dashboard;

import cn.court.crossexec.enforcement.CaseStatsRow;
import cn.court.crossexec.enforcement.CaseStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enforcement KPIs of one court over one period, as the SPC reads them, computed on the cases the court
 * executes that were accepted (交办立案) within the period. Pure: the same rows always give the same numbers.
 */
final class KpiCalculator {

  /** Each KPI's key, Chinese name and definition, shown on the dashboard and returned by the API. */
  static final List<KpiReport.Definition> DEFINITIONS = List.of(
      new KpiReport.Definition("casesAccepted", "受理案件数", "统计期间内交办至执行法院立案的交叉执行案件数（按法院立案交办日计）。"),
      new KpiReport.Definition("casesClosed", "结案数", "受理案件中已结案的件数：执行完毕、终结执行、撤回申请、移送破产审查，以及终结本次执行程序（终本）。"),
      new KpiReport.Definition("claimedFen", "申请执行标的额", "受理案件申请执行标的额之和（元）。"),
      new KpiReport.Definition("recoveredFen", "实际到位金额", "受理案件已执行到位（交付申请执行人或进入案款账户）金额之和（元）。"),
      new KpiReport.Definition("recoveryRate", "执行到位率", "实际到位金额 ÷ 申请执行标的额；标的额为零时无此项（—）。"),
      new KpiReport.Definition("performedRate", "执行完毕率", "以“执行完毕”方式结案的件数 ÷ 结案数；无结案时无此项（—）。"),
      new KpiReport.Definition("actualRate", "实际执行率", "结案案件中执行完毕或有执行到位款项的件数 ÷ 结案数；无结案时无此项（—）。"),
      new KpiReport.Definition("forNowRate", "终本率", "以终结本次执行程序（终本）方式结案的件数 ÷ 结案数；无结案时无此项（—）。"),
      new KpiReport.Definition("substantiveProgress", "有实质进展案件数",
          "受理案件中有执行到位款项、已采取查封冻结扣押等控制措施，或已执行完毕的件数。"),
      new KpiReport.Definition("substantiveProgressRate", "实质进展率", "有实质进展案件数 ÷ 受理案件数；无受理案件时无此项（—）。"),
      new KpiReport.Definition("avgDaysToFirstMeasure", "决定至首次控制措施平均天数",
          "受理案件中已采取查封、冻结、扣押措施的，自交叉执行决定交办执行法院立案之日至首次采取控制措施之日的自然日数（北京时间日期相减）的平均值，"
              + "保留一位小数（四舍五入）；尚未采取措施的案件不计入，计入件数另列；无此类案件时无此项（—）。"),
      new KpiReport.Definition("avgDaysToFirstMoney", "决定至首笔到位款平均天数",
          "受理案件中已有执行到位款项的，自交叉执行决定交办执行法院立案之日至首笔款项到位之日的自然日数的平均值，保留一位小数；"
              + "尚无到位款的案件不计入，计入件数另列；决定前已到位的款项按 0 日计。"),
      new KpiReport.Definition("avgDaysToClosing", "决定至结案平均天数",
          "受理案件中已结案（含终本）的，自交叉执行决定交办执行法院立案之日至结案之日（终本为终结本次执行程序之日）的自然日数的平均值，"
              + "保留一位小数；未结案件不计入，计入件数另列。"));

  private KpiCalculator() {}

  /**
   * One KPI line per court given (in that order; a court without cases gets zeros and no rates), and the total over
   * them. {@code rows} are the cases in scope already filtered by category, mode and status.
   */
  static KpiReport report(StatsFilter filter, List<CourtRef> courts, List<CaseStatsRow> rows, ZoneId zone) {
    List<CaseStatsRow> accepted =
        rows.stream().filter(r -> filter.inPeriod(decisionDay(r, zone))).toList();
    Map<String, List<CaseStatsRow>> byCourt = accepted.stream().collect(Collectors.groupingBy(CaseStatsRow::executingCourtCode));
    List<KpiReport.CourtKpis> lines = courts.stream()
        .map(c -> line(c.code(), c.name(), byCourt.getOrDefault(c.code(), List.of()), zone))
        .toList();
    List<CaseStatsRow> ofListed = courts.stream().flatMap(c -> byCourt.getOrDefault(c.code(), List.of()).stream()).toList();
    return new KpiReport(filter.from(), filter.to(), DEFINITIONS, lines, line(null, "合计", ofListed, zone));
  }

  /**
   * The day the cross-execution decision reached the executing court: the case is opened by the decision's hand-off,
   * so its opening day (court time) is the decision's day as the case records it.
   */
  static LocalDate decisionDay(CaseStatsRow r, ZoneId zone) {
    return r.openedAt().atZoneSameInstant(zone).toLocalDate();
  }

  static KpiReport.CourtKpis line(String courtCode, String courtName, List<CaseStatsRow> cases, ZoneId zone) {
    long claimed = cases.stream().mapToLong(CaseStatsRow::amountClaimedFen).reduce(0L, Math::addExact);
    long recovered = cases.stream().mapToLong(CaseStatsRow::recoveredFen).reduce(0L, Math::addExact);
    List<CaseStatsRow> closed = cases.stream().filter(KpiCalculator::concluded).toList();
    long performed = count(closed, r -> r.status() == CaseStatus.PERFORMED);
    long actual = count(closed, r -> r.status() == CaseStatus.PERFORMED || r.recoveredFen() > 0);
    long forNow = count(closed, r -> r.status() == CaseStatus.TERMINATED_FOR_NOW);
    long progress = count(cases, KpiCalculator::substantiveProgress);
    return new KpiReport.CourtKpis(courtCode, courtName, cases.size(), closed.size(), claimed, recovered,
        rate(recovered, claimed), rate(performed, closed.size()), rate(actual, closed.size()), rate(forNow, closed.size()),
        progress, rate(progress, cases.size()),
        averageDays(cases, CaseStatsRow::firstMeasureOn, zone), countWith(cases, CaseStatsRow::firstMeasureOn),
        averageDays(cases, CaseStatsRow::firstPaymentOn, zone), countWith(cases, CaseStatsRow::firstPaymentOn),
        averageDays(cases, StatsService::concludedOn, zone), countWith(cases, StatsService::concludedOn));
  }

  /**
   * The mean of the calendar days from the decision's day to the event's day, over the cases that have the event, to
   * one decimal (half up); null when no case has it. An event recorded before the decision's day counts as 0 days.
   */
  static BigDecimal averageDays(List<CaseStatsRow> cases, Function<CaseStatsRow, LocalDate> event, ZoneId zone) {
    long total = 0;
    long counted = 0;
    for (CaseStatsRow r : cases) {
      LocalDate day = event.apply(r);
      if (day != null) {
        total = Math.addExact(total, Math.max(0, ChronoUnit.DAYS.between(decisionDay(r, zone), day)));
        counted++;
      }
    }
    return counted == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
  }

  private static long countWith(List<CaseStatsRow> cases, Function<CaseStatsRow, LocalDate> event) {
    return cases.stream().filter(r -> event.apply(r) != null).count();
  }

  /** Concluded for the statistics: closed for good, or 终本 (which the SPC's statistics count as closed). */
  static boolean concluded(CaseStatsRow r) {
    return r.status().isClosed() || r.status() == CaseStatus.TERMINATED_FOR_NOW;
  }

  static boolean substantiveProgress(CaseStatsRow r) {
    return r.recoveredFen() > 0 || r.measuresTaken() > 0 || r.status() == CaseStatus.PERFORMED;
  }

  /** A ratio to four decimals (0.1234 = 12.34%), half up; null when there is nothing to divide by. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static long count(List<CaseStatsRow> rows, java.util.function.Predicate<CaseStatsRow> p) {
    return rows.stream().filter(p).count();
  }

  /** A court as the report names it. */
  record CourtRef(String code, String name) {}
}
