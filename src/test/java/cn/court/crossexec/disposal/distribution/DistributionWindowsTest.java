package cn.court.crossexec.disposal.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distribution's windows (claims, objection, counter-objection, lawsuit) are legal periods: the day they begin is
 * not counted, they end at 24:00 court time of their last day, and a last day on a holiday or rest day moves to the
 * next working day. Not the instant plus 15 days.
 */
class DistributionWindowsTest {

  private final LegalCalendar calendar = LegalCalendar.official();

  @ParameterizedTest(name = "begun {0}: last day {1}")
  @CsvSource({
      "2026-12-02T10:30:00+08:00, 2026-12-17", // a Thursday: ends at 24:00 that day, not at 10:30
      "2026-09-18T10:30:00+08:00, 2026-10-08", // 3 October is in the National Day holiday (1–7 October)
      "2026-12-19T09:00:00+08:00, 2027-01-04", // 3 January 2027 is a Sunday
      "2026-12-01T23:30:00+08:00, 2026-12-16", // late in the evening in Beijing: still that day
      "2026-12-01T16:30:00Z,      2026-12-17", // 00:30 on 2 December in Beijing
  })
  void distributionWindowsEndAt24OfTheLastDayMovedOffRestDays(OffsetDateTime begun, LocalDate lastDay) {
    DistributionSteps steps = new DistributionSteps(null, null, null,
        new cn.court.crossexec.calendar.CourtClock(Clock.fixed(begun.toInstant(), calendar.zone())),
        calendar);

    DistributionSteps.Window window = steps.window(Period.ofDays(15));

    assertThat(window.lastDay()).isEqualTo(lastDay);
    assertThat(window.closesAt().toInstant()).isEqualTo(lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    assertThat(window.closesAt().toInstant()).isNotEqualTo(begun.plusDays(15).toInstant());
    assertThat(window.text()).isEqualTo(lastDay.getYear() + "年" + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth() + "日");
  }
}
