package cn.court.crossexec.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The disposal's periods (valuation start, price-objection window, auction notice, plan due, sell-off) are legal
 * periods by the one legal calendar: the event's day not counted, 24:00 court time of the last day, a last day on a
 * holiday or rest day moved to the next working day; the text names the same day the timer waits for.
 */
class DisposalPeriodsTest {

  private final LegalCalendar calendar = LegalCalendar.official();

  @ParameterizedTest(name = "{1} from {0}: last day {2}")
  @CsvSource({
      "2026-09-26T15:00:00+08:00, P5D,  2026-10-08", // price objection: 1 October is National Day
      "2026-09-29T09:00:00+08:00, P5D,  2026-10-08", // 4 October too
      "2026-12-02T09:00:00+08:00, P5D,  2026-12-07", // a Monday
      "2026-09-10T09:00:00+08:00, P15D, 2026-09-28", // auction notice: 25 September is the Mid-Autumn holiday
      "2026-12-19T09:00:00+08:00, P15D, 2027-01-04", // 3 January 2027 is a Sunday
  })
  void periodsFromTodayEndAt24OfTheirLastDayMovedOffRestDays(OffsetDateTime now, Period period, LocalDate lastDay) {
    DisposalSteps steps = new DisposalSteps(null, null, null, null, null,
        new cn.court.crossexec.calendar.CourtClock(Clock.fixed(now.toInstant(), calendar.zone())),
        calendar);

    assertThat(steps.lastDayFromToday(period)).isEqualTo(lastDay);
    assertThat(OffsetDateTime.parse(steps.endOfPeriodFromToday(period)).toInstant())
        .isEqualTo(lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  @ParameterizedTest(name = "seized {0}: start the valuation by {1}")
  @CsvSource({"2026-09-03, 2026-10-08", "2026-11-02, 2026-12-02", "2026-01-30, 2026-03-02"})
  void theValuationStartsWithin30DaysOfTheSeizureByTheLegalCalendar(LocalDate seizedOn, LocalDate due) {
    DisposalSteps steps = new DisposalSteps(null, null, null, null, null,
        new cn.court.crossexec.calendar.CourtClock(Clock.system(calendar.zone())), calendar);

    assertThat(steps.lastDay(seizedOn, Period.ofDays(30))).isEqualTo(due);
  }
}
