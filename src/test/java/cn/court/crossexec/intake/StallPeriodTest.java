package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The six-month computation: whole months from filing, excluded periods removed, overlaps counted once. */
class StallPeriodTest {

  private static final LocalDate FILED = LocalDate.of(2024, 3, 1);

  @ParameterizedTest(name = "filed 2024-03-01, today {0} -> {1} months")
  @CsvSource({"2024-03-01,0", "2024-08-31,5", "2024-09-01,6", "2025-03-01,12", "2024-02-01,0"})
  void wholeMonthsWithoutExclusions(LocalDate today, int months) {
    assertThat(StallPeriod.effectiveMonths(FILED, today, List.of())).isEqualTo(months);
  }

  @Test
  void anExcludedPeriodPushesTheSixMonthsBack() {
    // 10 days of valuation: on 2024-09-01 only 5 months count; ten days later six do
    var valuation = List.of(new StallPeriod.Excluded(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10)));
    assertThat(StallPeriod.effectiveMonths(FILED, LocalDate.of(2024, 9, 1), valuation)).isEqualTo(5);
    assertThat(StallPeriod.effectiveMonths(FILED, LocalDate.of(2024, 9, 10), valuation)).isEqualTo(5);
    assertThat(StallPeriod.effectiveMonths(FILED, LocalDate.of(2024, 9, 11), valuation)).isEqualTo(6);
  }

  @Test
  void overlappingPeriodsCountOnce() {
    var overlapping = List.of(
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10)),
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 20)),
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 20)));
    assertThat(StallPeriod.excludedDays(FILED, LocalDate.of(2024, 12, 31), overlapping)).isEqualTo(20);
  }

  @Test
  void periodsOutsideTheRunAreClipped() {
    var periods = List.of(
        new StallPeriod.Excluded(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 2)),   // 2 days after filing
        new StallPeriod.Excluded(LocalDate.of(2024, 6, 28), LocalDate.of(2024, 7, 10)));  // 3 days before today
    assertThat(StallPeriod.excludedDays(FILED, LocalDate.of(2024, 6, 30), periods)).isEqualTo(5);
  }

  @Test
  void aRunEntirelyExcludedCountsZero() {
    var all = List.of(new StallPeriod.Excluded(FILED, LocalDate.of(2025, 1, 1)));
    assertThat(StallPeriod.effectiveMonths(FILED, LocalDate.of(2024, 12, 1), all)).isZero();
  }
}
