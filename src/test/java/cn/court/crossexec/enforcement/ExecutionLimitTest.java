package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six-month limit: months from filing, plus extensions, plus each excluded day once. */
class ExecutionLimitTest {

  private static final LocalDate FILED = LocalDate.of(2026, 1, 10);

  @Test
  void sixMonthsFromFilingWithoutExclusions() {
    assertThat(ExecutionLimit.dueOn(FILED, 6, 0, List.of())).isEqualTo(LocalDate.of(2026, 7, 10));
  }

  @Test
  void anApprovedExtensionAddsItsMonths() {
    assertThat(ExecutionLimit.dueOn(FILED, 6, 3, List.of())).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void excludedDaysCountBothEnds() {
    var valuation = new ExecutionLimit.Span(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10));
    assertThat(ExecutionLimit.excludedDays(FILED, List.of(valuation))).isEqualTo(10);
    assertThat(ExecutionLimit.dueOn(FILED, 6, 0, List.of(valuation))).isEqualTo(LocalDate.of(2026, 7, 20));
  }

  @Test
  void overlappingPeriodsCountEachDayOnce() {
    var valuation = new ExecutionLimit.Span(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10));
    var suspension = new ExecutionLimit.Span(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 20));
    var inside = new ExecutionLimit.Span(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 8));
    assertThat(ExecutionLimit.excludedDays(FILED, List.of(suspension, inside, valuation))).isEqualTo(20);
  }

  @Test
  void daysBeforeFilingDoNotCount() {
    var before = new ExecutionLimit.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12));
    assertThat(ExecutionLimit.excludedDays(FILED, List.of(before))).isEqualTo(3);
  }
}
