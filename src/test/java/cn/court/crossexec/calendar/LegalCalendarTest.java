package cn.court.crossexec.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCalendarTest {

  private final LegalCalendar calendar = LegalCalendar.official();

  @ParameterizedTest(name = "{0} + {1} → last day {2}")
  @CsvSource({
    // the event's day is not counted; months end on the corresponding day
    "2024-03-04, P6M, 2024-09-04", // DOMAIN.md: a Wednesday, so it stays
    "2025-03-03, P15D, 2025-03-18", // DOMAIN.md: a Tuesday
    // month ends: no corresponding day → the month's last day
    "2025-08-31, P6M, 2026-02-28", // 2026-02-28 is a make-up working day (Saturday) → stays
    "2024-08-31, P6M, 2025-02-28", // Friday
    "2023-08-31, P6M, 2024-02-29", // leap year: Thursday
    "2025-01-31, P1M, 2025-02-28", // Friday
    "2024-02-29, P1Y, 2025-02-28", // leap day + 1 year → 28 February, Friday
    // a last day on a weekend moves to Monday
    "2025-03-01, P14D, 2025-03-17", // 15 March is a Saturday → Monday 17
    // a last day inside a holiday moves to the first working day after it
    "2025-09-20, P15D, 2025-10-09", // 5 October is in 国庆 (1–8) → Thursday 9
    "2026-02-01, P15D, 2026-02-24", // 16 February is 春节 (15–23) → Tuesday 24
    "2025-12-16, P15D, 2025-12-31", // a Wednesday: stays
    "2025-12-17, P15D, 2026-01-04", // 1 January 2026 is 元旦 (1–3) → Sunday 4, a make-up working day
    // a make-up working day ends a period like any working day
    "2026-04-24, P15D, 2026-05-09", // Saturday 9 May 2026 is worked for 劳动节: stays
    "2026-05-03, P3D, 2026-05-06", // 6 May: Wednesday after 劳动节 (1–5)
    "2025-09-27, P1D, 2025-09-28", // Sunday 28 September 2025 is a make-up working day
  })
  void countsAPeriodFromTheDayAfterTheEvent(LocalDate event, String period, LocalDate lastDay) {
    assertThat(calendar.lastDay(event, Period.parse(period))).isEqualTo(lastDay);
  }

  @Test
  void aPeriodEndingOnAMakeUpWorkingDayDoesNotMove() {
    // 2026-04-24 + 15 days = Saturday 2026-05-09, a make-up working day for 劳动节
    assertThat(calendar.correspondingDay(LocalDate.parse("2026-04-24"), Period.ofDays(15)))
        .isEqualTo(LocalDate.parse("2026-05-09"));
    assertThat(calendar.lastDay(LocalDate.parse("2026-04-24"), Period.ofDays(15))).isEqualTo(LocalDate.parse("2026-05-09"));
  }

  @Test
  void moreThanSixMonthsFirstHoldsTheDayAfterTheLastDay() {
    assertThat(calendar.firstDayAfter(LocalDate.parse("2024-03-04"), Period.ofMonths(6)))
        .isEqualTo(LocalDate.parse("2024-09-05"));
  }

  @Test
  void aPeriodEndsAtMidnightCourtTimeWhateverTheServerZone() {
    // opened on 2025-03-03 at 16:00 Beijing time = 08:00 UTC
    Instant opened = OffsetDateTime.parse("2025-03-03T16:00:00+08:00").toInstant();
    OffsetDateTime end = calendar.periodEnd(opened, Period.ofDays(15));
    assertThat(end).isEqualTo(OffsetDateTime.parse("2025-03-19T00:00:00+08:00"));
    assertThat(end.toInstant()).isEqualTo(Instant.parse("2025-03-18T16:00:00Z"));
    // at 23:30 on 2025-03-03 Beijing time (15:30 UTC the same day) the event day is still the 3rd
    Instant late = OffsetDateTime.parse("2025-03-03T23:30:00+08:00").toInstant();
    assertThat(calendar.periodEnd(late, Period.ofDays(15))).isEqualTo(end);
    // at 00:30 on 2025-03-04 Beijing time (16:30 UTC on the 3rd) the event day is the 4th
    Instant afterMidnight = OffsetDateTime.parse("2025-03-04T00:30:00+08:00").toInstant();
    assertThat(calendar.periodEnd(afterMidnight, Period.ofDays(15)).toLocalDate()).isEqualTo(LocalDate.parse("2025-03-20"));
    assertThat(calendar.hasEnded(LocalDate.parse("2025-03-03"), Period.ofDays(15), Instant.parse("2025-03-18T15:59:59Z"))).isFalse();
    assertThat(calendar.hasEnded(LocalDate.parse("2025-03-03"), Period.ofDays(15), Instant.parse("2025-03-18T16:00:00Z"))).isTrue();
  }

  @ParameterizedTest(name = "{1} working days after {0} → {2}")
  @CsvSource({
    "2025-03-03, 3, 2025-03-06", // Monday → Thursday
    "2025-03-06, 3, 2025-03-11", // Thursday → over the weekend → Tuesday
    "2025-09-30, 3, 2025-10-11", // 国庆 1–8; Thursday 9, Friday 10, Saturday 11 (worked)
    "2026-02-12, 3, 2026-02-24", // Friday 13, Saturday 14 worked, then 春节 15–23 → Tuesday 24
    "2026-09-18, 1, 2026-09-20", // Sunday 20 September 2026 is a make-up working day
    "2025-03-03, 0, 2025-03-03",
  })
  void countsWorkingDays(LocalDate day, int n, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(day, n)).isEqualTo(expected);
  }

  @Test
  void theNationalDayHolidayWithItsMakeUpDays() {
    assertThat(calendar.plusWorkingDays(LocalDate.parse("2025-09-30"), 3)).isEqualTo(LocalDate.parse("2025-10-11"));
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue(); // Saturday, worked
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse(); // Wednesday, holiday
    assertThat(calendar.holidayOf(LocalDate.parse("2025-10-06"))).isEqualTo("国庆节、中秋节");
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-12"))).isFalse(); // ordinary Sunday
  }

  @Test
  void aYearWithoutANoticeFallsBackToWeekends() {
    assertThat(calendar.knowsYear(2026)).isTrue();
    assertThat(calendar.knowsYear(2027)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue(); // a Friday: unknown, so not a holiday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse(); // Saturday
  }

  @Test
  void aFurtherNoticeAddsAYear() {
    String notice =
        """
        years:
          2027:
            holidays:
              - name: 元旦
                from: 2027-01-01
                to: 2027-01-03
            makeUpWorkdays:
              - date: "2027-01-09"
                for: 元旦
        """;
    LegalCalendar extended =
        new LegalCalendar(
            OfficialHolidays.read(
                List.of(
                    getClass().getResourceAsStream("/calendar/cn-public-holidays.yaml"),
                    new ByteArrayInputStream(notice.getBytes(StandardCharsets.UTF_8)))),
            ZoneId.of("Asia/Shanghai"));
    assertThat(extended.knownYears()).containsExactly(2025, 2026, 2027);
    assertThat(extended.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(extended.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
    assertThat(extended.lastDay(LocalDate.parse("2026-12-17"), Period.ofDays(15))).isEqualTo(LocalDate.parse("2027-01-04"));
  }

  @Test
  void refusesBadDataAndNegativePeriods() {
    String weekdayMakeUp = "years:\n  2030:\n    makeUpWorkdays:\n      - date: 2030-01-07\n        for: x\n";
    assertThatThrownBy(
            () -> OfficialHolidays.read(List.of(new ByteArrayInputStream(weekdayMakeUp.getBytes(StandardCharsets.UTF_8)))))
        .hasMessageContaining("not a Saturday or Sunday");
    assertThatThrownBy(() -> calendar.lastDay(LocalDate.parse("2025-01-01"), Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCourtClockWritesDaysAsACourtDoes() {
    assertThat(CourtClock.text(LocalDate.parse("2026-12-02"))).isEqualTo("2026年12月2日");
    assertThat(CourtClock.text(null)).isEmpty();
  }
}
