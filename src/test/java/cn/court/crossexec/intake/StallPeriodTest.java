package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six-month computation by the legal calendar: "超过六个月" first holds the day after six months have passed, a
 * last day on a rest day or holiday moves to the next working day, excluded periods lengthen it, overlaps count once.
 */
class StallPeriodTest {

  private static final LegalCalendar CALENDAR = LegalCalendar.official();
  private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 4);

  private static int months(LocalDate received, LocalDate judged, List<StallPeriod.Excluded> excluded) {
    return StallPeriod.exceededMonths(CALENDAR, received, judged, excluded);
  }

  @ParameterizedTest(name = "received 2024-03-04, judged {0} -> {1} months exceeded")
  @CsvSource({"2024-03-04,0", "2024-04-04,0", "2024-04-05,1", "2024-09-04,5", "2024-09-05,6", "2025-03-04,11",
      "2025-03-05,12", "2024-02-01,0"})
  void moreThanSixMonthsBeginsTheDayAfterTheSixMonthsEnd(LocalDate judged, int exceeded) {
    // the six months end at 24:00 on Wednesday 2024-09-04: the anniversary itself is not "more than six months"
    assertThat(months(RECEIVED, judged, List.of())).isEqualTo(exceeded);
    assertThat(StallPeriod.moreThan(CALENDAR, RECEIVED, 6, 0)).isEqualTo(LocalDate.of(2024, 9, 5));
  }

  @Test
  void aLastDayOnARestDayMovesToTheNextWorkingDay() {
    // received 2025-04-05: six months would end on 2025-10-05, inside the National Day holiday (10-01..10-08);
    // the period ends on Thursday 2025-10-09, so more than six months holds from 2025-10-10
    LocalDate received = LocalDate.of(2025, 4, 5);
    assertThat(StallPeriod.moreThan(CALENDAR, received, 6, 0)).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(months(received, LocalDate.of(2025, 10, 9), List.of())).isEqualTo(5);
    assertThat(months(received, LocalDate.of(2025, 10, 10), List.of())).isEqualTo(6);
    // a Saturday: received 2026-01-17 -> 2026-07-17 is a Friday; received 2026-01-18 -> Saturday 07-18 -> Monday 07-20
    assertThat(StallPeriod.moreThan(CALENDAR, LocalDate.of(2026, 1, 18), 6, 0)).isEqualTo(LocalDate.of(2026, 7, 21));
  }

  @Test
  void monthEndsTakeTheLastDayOfAShorterMonthAndAMakeUpWorkingDayCounts() {
    // received 2025-08-31: six months end on 2026-02-28 (no 31 February), a Saturday but a make-up working day (调休)
    assertThat(StallPeriod.moreThan(CALENDAR, LocalDate.of(2025, 8, 31), 6, 0)).isEqualTo(LocalDate.of(2026, 3, 1));
    // received 2025-08-30: 2026-02-28 again; a leap year: received 2023-08-31 -> 2024-02-29 (Thursday)
    assertThat(StallPeriod.moreThan(CALENDAR, LocalDate.of(2023, 8, 31), 6, 0)).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void anExcludedPeriodPushesTheSixMonthsBack() {
    // 10 days of valuation: the six months end ten days later, on 2024-09-14 (a Saturday) -> Monday 2024-09-16
    var valuation = List.of(new StallPeriod.Excluded(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10)));
    assertThat(months(RECEIVED, LocalDate.of(2024, 9, 5), valuation)).isEqualTo(5);
    assertThat(months(RECEIVED, LocalDate.of(2024, 9, 16), valuation)).isEqualTo(5);
    assertThat(months(RECEIVED, LocalDate.of(2024, 9, 17), valuation)).isEqualTo(6);
  }

  @Test
  void overlappingPeriodsCountOnce() {
    var overlapping = List.of(
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10)),
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 20)),
        new StallPeriod.Excluded(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 20)));
    assertThat(StallPeriod.excludedDays(RECEIVED, LocalDate.of(2024, 12, 31), overlapping)).isEqualTo(20);
  }

  @Test
  void periodsOutsideTheRunAreClipped() {
    var periods = List.of(
        new StallPeriod.Excluded(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5)),   // 2 days from receipt
        new StallPeriod.Excluded(LocalDate.of(2024, 6, 28), LocalDate.of(2024, 7, 10)));  // 3 days before judging
    assertThat(StallPeriod.excludedDays(RECEIVED, LocalDate.of(2024, 6, 30), periods)).isEqualTo(5);
  }

  @Test
  void aRunEntirelyExcludedCountsZero() {
    var all = List.of(new StallPeriod.Excluded(RECEIVED, LocalDate.of(2025, 1, 1)));
    assertThat(months(RECEIVED, LocalDate.of(2024, 12, 1), all)).isZero();
  }
}
