package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The execution limit: months from filing (the day of filing not counted), plus extensions, plus each excluded day
 * once, moved off a rest day; a period that begins after expiry does not revive it.
 */
class ExecutionLimitTest {

  private static final LegalCalendar CALENDAR = LegalCalendar.official();
  private static final LocalDate FILED = LocalDate.of(2026, 1, 10);

  private static LocalDate dueOn(int months, int extension, List<ExecutionLimit.Span> excluded) {
    return ExecutionLimit.dueOn(CALENDAR, FILED, months, extension, excluded);
  }

  @Test
  void sixMonthsFromFilingWithoutExclusions() {
    assertThat(dueOn(6, 0, List.of())).isEqualTo(LocalDate.of(2026, 7, 10)); // a Friday
  }

  @Test
  void anApprovedExtensionAddsItsMonthsAMakeUpWorkingDayIsAWorkingDay() {
    // 2026-10-10 is a Saturday but a make-up working day (调休上班): the limit ends that day
    assertThat(dueOn(6, 3, List.of())).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void aLastDayInAHolidayMovesToTheFirstWorkingDayAfterIt() {
    // filed 2026-04-01: six months end on 2026-10-01 (国庆节, 1–7 October) → 2026-10-08
    assertThat(ExecutionLimit.dueOn(CALENDAR, LocalDate.of(2026, 4, 1), 6, 0, List.of())).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void theThreeMonthLimitOfANonLitigationCase() {
    assertThat(dueOn(3, 0, List.of())).isEqualTo(LocalDate.of(2026, 4, 10)); // a Friday
  }

  @Test
  void excludedDaysCountBothEnds() {
    var valuation = new ExecutionLimit.Span(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10));
    assertThat(dueOn(6, 0, List.of(valuation))).isEqualTo(LocalDate.of(2026, 7, 20));
  }

  @Test
  void overlappingPeriodsCountEachDayOnce() {
    var valuation = new ExecutionLimit.Span(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10));
    var suspension = new ExecutionLimit.Span(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 20));
    var inside = new ExecutionLimit.Span(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 8));
    // 20 days: 2026-07-10 + 20 = 2026-07-30, a Thursday
    assertThat(dueOn(6, 0, List.of(suspension, inside, valuation))).isEqualTo(LocalDate.of(2026, 7, 30));
  }

  @Test
  void daysUpToTheDayOfFilingDoNotCount() {
    var before = new ExecutionLimit.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12));
    // 11 and 12 January count: 2026-07-12 is a Sunday, so Monday 2026-07-13
    assertThat(dueOn(6, 0, List.of(before))).isEqualTo(LocalDate.of(2026, 7, 13));
  }

  @Test
  void anExcludedPeriodThatBeginsAfterTheLimitExpiredDoesNotReviveIt() {
    var late = new ExecutionLimit.Span(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
    assertThat(dueOn(6, 0, List.of(late))).isEqualTo(LocalDate.of(2026, 7, 10));
    // a period inside the limit still counts, and one that begins inside the extended limit too
    var early = new ExecutionLimit.Span(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    assertThat(dueOn(6, 0, List.of(late, early))).isEqualTo(LocalDate.of(2026, 9, 10)); // 2026-08-10 + 31 days
  }
}
