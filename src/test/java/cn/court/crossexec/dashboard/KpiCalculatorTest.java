package cn.court.crossexec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.CaseStatsRow;
import cn.court.crossexec.enforcement.CaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KPI definitions on small worked examples. */
class KpiCalculatorTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final List<KpiCalculator.CourtRef> COURTS =
      List.of(new KpiCalculator.CourtRef("GD0303", "罗湖区法院"), new KpiCalculator.CourtRef("GD0305", "南山区法院"));

  /** Four cases of 罗湖 accepted in March 2026, one of 南山 in January. */
  static final List<CaseStatsRow> ROWS = List.of(
      // 执行完毕: 100 万 claimed, all recovered
      row("a", "GD0303", CaseStatus.PERFORMED, "2026-03-02", 100_000_000L, 100_000_000L, 0),
      // 终本 with 10 万 of 50 万 recovered: actual enforcement, substantive progress
      row("b", "GD0303", CaseStatus.TERMINATED_FOR_NOW, "2026-03-05", 50_000_000L, 10_000_000L, 0),
      // 终本 with nothing recovered and no measure: neither
      row("c", "GD0303", CaseStatus.TERMINATED_FOR_NOW, "2026-03-10", 30_000_000L, 0L, 0),
      // open, a freeze taken: substantive progress, not closed
      row("d", "GD0303", CaseStatus.OPEN, "2026-03-31", 20_000_000L, 0L, 2),
      row("e", "GD0305", CaseStatus.OPEN, "2026-01-15", 1_000L, 0L, 0));

  @Test
  void marchOfLuohu() {
    KpiReport report = KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS, ROWS, BEIJING);

    KpiReport.CourtKpis luohu = report.courts().get(0);
    assertThat(luohu.courtCode()).isEqualTo("GD0303");
    assertThat(luohu.casesAccepted()).isEqualTo(4);
    assertThat(luohu.casesClosed()).isEqualTo(3); // 执行完毕 and the two 终本
    assertThat(luohu.claimedFen()).isEqualTo(200_000_000L);
    assertThat(luohu.recoveredFen()).isEqualTo(110_000_000L);
    assertThat(luohu.recoveryRate()).isEqualByComparingTo("0.55"); // 110 万 / 200 万
    assertThat(luohu.performedRate()).isEqualByComparingTo("0.3333"); // 1 of 3 closed
    assertThat(luohu.actualRate()).isEqualByComparingTo("0.6667"); // a (performed) and b (money) of 3
    assertThat(luohu.forNowRate()).isEqualByComparingTo("0.6667"); // b and c of 3
    assertThat(luohu.substantiveProgress()).isEqualTo(3); // a, b, d
    assertThat(luohu.substantiveProgressRate()).isEqualByComparingTo("0.75");
  }

  @Test
  void aCourtWithNoCasesHasZerosAndNoRates() {
    KpiReport report = KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS, ROWS, BEIJING);

    KpiReport.CourtKpis nanshan = report.courts().get(1);
    assertThat(nanshan.courtCode()).isEqualTo("GD0305");
    assertThat(nanshan.casesAccepted()).isZero();
    assertThat(nanshan.claimedFen()).isZero();
    assertThat(nanshan.recoveryRate()).isNull();
    assertThat(nanshan.performedRate()).isNull();
    assertThat(nanshan.actualRate()).isNull();
    assertThat(nanshan.forNowRate()).isNull();
    assertThat(nanshan.substantiveProgressRate()).isNull();
    assertThat(report.total().casesAccepted()).isEqualTo(4);
    assertThat(report.total().recoveryRate()).isEqualByComparingTo("0.55");
  }

  @Test
  void anEmptyPeriodHasNoCasesAndNoRates() {
    KpiReport report = KpiCalculator.report(period("2025-01-01", "2025-12-31"), COURTS, ROWS, BEIJING);

    assertThat(report.courts()).hasSize(2).allSatisfy(c -> {
      assertThat(c.casesAccepted()).isZero();
      assertThat(c.recoveryRate()).isNull();
      assertThat(c.actualRate()).isNull();
    });
    assertThat(report.total().casesAccepted()).isZero();
    assertThat(report.total().substantiveProgressRate()).isNull();
  }

  @Test
  void thePeriodIsReadInBeijingTimeAndIncludesBothEnds() {
    // accepted at 00:30 on 1 April in Beijing = 16:30 UTC on 31 March: April's, not March's
    CaseStatsRow lateNight = new CaseStatsRow("f", "f", "SERIES", "DIRECTED", "GD03", "GD0303", CaseStatus.OPEN,
        OffsetDateTime.of(2026, 3, 31, 16, 30, 0, 0, ZoneOffset.UTC), null, null, 1_00L, 0L, null, 0, null, null, null);

    assertThat(KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS, List.of(lateNight), BEIJING)
        .total().casesAccepted()).isZero();
    assertThat(KpiCalculator.report(period("2026-04-01", "2026-04-01"), COURTS, List.of(lateNight), BEIJING)
        .total().casesAccepted()).isEqualTo(1);
  }

  @Test
  void everyKpiHasItsChineseDefinitionAndRatesRoundHalfUp() {
    assertThat(KpiCalculator.DEFINITIONS).extracting(KpiReport.Definition::key).contains("recoveryRate", "performedRate",
        "actualRate", "forNowRate", "substantiveProgress");
    assertThat(KpiCalculator.DEFINITIONS).allSatisfy(d -> assertThat(d.definition()).isNotBlank());
    assertThat(KpiCalculator.rate(1, 8)).isEqualTo(new BigDecimal("0.1250"));
    assertThat(KpiCalculator.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
    assertThat(KpiCalculator.rate(5, 0)).isNull();
  }

  @Test
  void csvStartsWithTheBomAndQuotesWhatNeedsIt() {
    Table t = new Table("x", List.of("案号", "说明"), List.of(List.of("（2026）粤0303执1号", "甲,乙\"丙\""), List.of("=1+1", 5)));
    byte[] csv = t.csv();
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    assertThat(csv[1]).isEqualTo((byte) 0xBB);
    assertThat(csv[2]).isEqualTo((byte) 0xBF);
    assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("案号,说明\r\n（2026）粤0303执1号,\"甲,乙\"\"丙\"\"\"\r\n'=1+1,5\r\n");
  }

  @Test
  void kpiTablesCarryYuanAndPercentAsNumbers() throws Exception {
    KpiReport report = KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS, ROWS, BEIJING);
    Table t = Tables.of(report);
    assertThat(t.rows().get(0)).containsExactly("GD0303", "罗湖区法院", 4L, 3L, new BigDecimal("2000000.00"),
        new BigDecimal("1100000.00"), new BigDecimal("55.00"), new BigDecimal("33.33"), new BigDecimal("66.67"),
        new BigDecimal("66.67"), 3L, new BigDecimal("75.00"), new BigDecimal("3.0"), 1L, new BigDecimal("3.0"), 2L,
        new BigDecimal("20.0"), 3L);
    assertThat(t.headers()).contains("决定至首次控制措施平均天数", "决定至首笔到位款平均天数", "决定至结案平均天数");
    assertThat(new String(t.csv(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\r\nGD0305,南山区法院,0,0,0.00,0.00,,,,,0,,,0,,0,,0\r\n");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(t.xlsx()))) {
      assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue()).isEqualTo(55.0);
      assertThat(book.getSheetAt(0).getRow(2).getCell(6)).isNull(); // no rate: an empty cell
    }
  }

  @Test
  void averageDaysFromTheDecisionCountOnlyTheCasesWithTheEvent() {
    List<CaseStatsRow> march = List.of(
        // measure after 3 days, money after 10, performed after 30 (2 March → 1 April)
        dated("p", CaseStatus.PERFORMED, "2026-03-02", "2026-03-05", "2026-03-12", "2026-04-01"),
        // a measure the next day, no money, still open
        dated("q", CaseStatus.OPEN, "2026-03-10", "2026-03-11", null, null),
        // nothing yet: counted in no average
        dated("r", CaseStatus.OPEN, "2026-03-20", null, null, null));

    KpiReport.CourtKpis luohu = KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS, march, BEIJING).courts().get(0);
    assertThat(luohu.avgDaysToFirstMeasure()).isEqualTo(new BigDecimal("2.0")); // (3 + 1) / 2
    assertThat(luohu.casesWithFirstMeasure()).isEqualTo(2);
    assertThat(luohu.avgDaysToFirstMoney()).isEqualTo(new BigDecimal("10.0"));
    assertThat(luohu.casesWithFirstMoney()).isEqualTo(1);
    assertThat(luohu.avgDaysToClosing()).isEqualTo(new BigDecimal("30.0"));
    assertThat(luohu.casesWithClosing()).isEqualTo(1);
  }

  @Test
  void noCaseWithTheEventMeansNoAverageAndACountOfZero() {
    KpiReport empty = KpiCalculator.report(period("2025-01-01", "2025-12-31"), COURTS, ROWS, BEIJING);
    assertThat(empty.total().avgDaysToFirstMeasure()).isNull();
    assertThat(empty.total().casesWithFirstMeasure()).isZero();
    assertThat(empty.total().avgDaysToClosing()).isNull();

    // a case without a measure, money or closing: accepted, but in none of the averages
    KpiReport.CourtKpis bare = KpiCalculator.report(period("2026-03-01", "2026-03-31"), COURTS,
        List.of(dated("s", CaseStatus.OPEN, "2026-03-03", null, null, null)), BEIJING).courts().get(0);
    assertThat(bare.casesAccepted()).isEqualTo(1);
    assertThat(bare.avgDaysToFirstMeasure()).isNull();
    assertThat(bare.casesWithFirstMeasure()).isZero();
    assertThat(bare.avgDaysToFirstMoney()).isNull();
    assertThat(bare.avgDaysToClosing()).isNull();
    assertThat(KpiCalculator.DEFINITIONS).extracting(KpiReport.Definition::key)
        .contains("avgDaysToFirstMeasure", "avgDaysToFirstMoney", "avgDaysToClosing");
  }

  @Test
  void averageDaysRoundHalfUpToOneDecimal() {
    // 1, 0, 0, 0 days: 0.25 → 0.3 (half up, not half even)
    List<CaseStatsRow> quarter = List.of(
        dated("t1", CaseStatus.OPEN, "2026-03-02", "2026-03-03", null, null),
        dated("t2", CaseStatus.OPEN, "2026-03-02", "2026-03-02", null, null),
        dated("t3", CaseStatus.OPEN, "2026-03-02", "2026-03-02", null, null),
        dated("t4", CaseStatus.OPEN, "2026-03-02", "2026-03-02", null, null));
    assertThat(KpiCalculator.averageDays(quarter, CaseStatsRow::firstMeasureOn, BEIJING)).isEqualTo(new BigDecimal("0.3"));
    // 1, 1, 2 days: 4 / 3 = 1.333… → 1.3; 1, 2, 2: 5 / 3 = 1.666… → 1.7
    assertThat(KpiCalculator.averageDays(List.of(
        dated("u1", CaseStatus.OPEN, "2026-03-02", "2026-03-03", null, null),
        dated("u2", CaseStatus.OPEN, "2026-03-02", "2026-03-03", null, null),
        dated("u3", CaseStatus.OPEN, "2026-03-02", "2026-03-04", null, null)), CaseStatsRow::firstMeasureOn, BEIJING))
        .isEqualTo(new BigDecimal("1.3"));
    assertThat(KpiCalculator.averageDays(List.of(
        dated("v1", CaseStatus.OPEN, "2026-03-02", "2026-03-03", null, null),
        dated("v2", CaseStatus.OPEN, "2026-03-02", "2026-03-04", null, null),
        dated("v3", CaseStatus.OPEN, "2026-03-02", "2026-03-04", null, null)), CaseStatsRow::firstMeasureOn, BEIJING))
        .isEqualTo(new BigDecimal("1.7"));
  }

  @Test
  void daysAreCountedBetweenCourtTimeDates() {
    // decided at 00:30 on 2 March in Beijing (16:30 UTC on 1 March); a measure on 2 March is the same day: 0 days
    CaseStatsRow night = new CaseStatsRow("w", "w", "SERIES", "DIRECTED", "GD03", "GD0303", CaseStatus.OPEN,
        OffsetDateTime.of(2026, 3, 1, 16, 30, 0, 0, ZoneOffset.UTC), null, null, 100L, 100L, null, 1, null,
        LocalDate.parse("2026-03-02"), LocalDate.parse("2026-02-27"));
    assertThat(KpiCalculator.averageDays(List.of(night), CaseStatsRow::firstMeasureOn, BEIJING)).isEqualTo(new BigDecimal("0.0"));
    // money recorded as received before the decision's day counts as 0 days, not as a negative
    assertThat(KpiCalculator.averageDays(List.of(night), CaseStatsRow::firstPaymentOn, BEIJING)).isEqualTo(new BigDecimal("0.0"));
  }

  private static CaseStatsRow dated(String id, CaseStatus status, String decidedOn, String measureOn, String paidOn,
      String closedOn) {
    LocalDate closed = closedOn == null ? null : LocalDate.parse(closedOn);
    return new CaseStatsRow(id, "（2026）粤执" + id + "号", "PASSIVE_RISK", "DIRECTED", "GD03", "GD0303", status,
        LocalDate.parse(decidedOn).atTime(10, 0).atZone(BEIJING).toOffsetDateTime(), status.isClosed() ? closed : null,
        status == CaseStatus.TERMINATED_FOR_NOW ? closed : null, 100L, paidOn == null ? 0 : 100L, null,
        measureOn == null ? 0 : 1, null, measureOn == null ? null : LocalDate.parse(measureOn),
        paidOn == null ? null : LocalDate.parse(paidOn));
  }

  private static StatsFilter period(String from, String to) {
    return new StatsFilter(null, null, LocalDate.parse(from), LocalDate.parse(to), null, null, null);
  }

  private static CaseStatsRow row(String id, String court, CaseStatus status, String openedOn, long claimed, long recovered,
      long measures) {
    LocalDate opened = LocalDate.parse(openedOn);
    LocalDate closed = status.isClosed() ? opened.plusDays(20) : null;
    LocalDate forNow = status == CaseStatus.TERMINATED_FOR_NOW ? opened.plusDays(20) : null;
    return new CaseStatsRow(id, "（2026）粤执" + id + "号", "PASSIVE_RISK", "DIRECTED", "GD03", court, status,
        opened.atTime(10, 0).atZone(BEIJING).toOffsetDateTime(), closed, forNow, claimed, recovered, null, measures,
        "（2026）粤0303执" + id + "号", measures > 0 ? opened.plusDays(3) : null, recovered > 0 ? opened.plusDays(3) : null);
  }
}
