package cn.court.crossexec.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

/**
 * The one way the product counts a legal period (民法典 arts. 200–204; 民事诉讼法 art. 85):
 *
 * <ul>
 *   <li>the day (or hour) of the event is not counted: counting starts the next day;
 *   <li>a period in months or years ends on the corresponding day of its last month, or that month's last day when it
 *       has none (31 January + 1 month → 28/29 February);
 *   <li>the period ends at 24:00 of its last day in the courts' time zone;
 *   <li>when the last day is a statutory holiday or rest day, the period ends on the first working day after it.
 * </ul>
 *
 * Working days follow the State Council's notices ({@link OfficialHolidays}) with their make-up working days (调休); for
 * a year without a notice only Saturdays and Sundays are rest days (the start-up warns about such a year).
 *
 * <p>Worked examples (DOMAIN.md): "more than 6 months" since 2024-03-04 first holds on 2024-09-05 (the period ends at
 * 24:00 on 2024-09-04); a 15-day window opened on 2025-03-03 at 16:00 closes at 24:00 on 2025-03-18.
 */
public final class LegalCalendar {

  private final OfficialHolidays holidays;
  private final ZoneId zone;

  public LegalCalendar(OfficialHolidays holidays, ZoneId zone) {
    this.holidays = holidays;
    this.zone = zone;
  }

  /** The shipped notices in the courts' time zone (Asia/Shanghai): for tests and tools without Spring. */
  public static LegalCalendar official() {
    return new LegalCalendar(OfficialHolidays.shipped(), ZoneId.of("Asia/Shanghai"));
  }

  public ZoneId zone() {
    return zone;
  }

  /** The years whose State Council notice the calendar holds. */
  public Set<Integer> knownYears() {
    return holidays.years();
  }

  public boolean knowsYear(int year) {
    return holidays.knows(year);
  }

  /** A working day: a Monday to Friday outside every holiday, or a make-up working day (调休上班). */
  public boolean isWorkingDay(LocalDate day) {
    if (holidays.holidayOf(day) != null) {
      return false;
    }
    if (holidays.makeUpWorkdayFor(day) != null) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The holiday a day belongs to (e.g. 春节), or null. */
  public String holidayOf(LocalDate day) {
    return holidays.holidayOf(day);
  }

  /** The day an instant falls on in the courts' time zone. */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public LocalDate dayOf(OffsetDateTime moment) {
    return dayOf(moment.toInstant());
  }

  /** The first working day on or after a day. */
  public LocalDate workingDayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The last day of a period that begins with an event on {@code eventDay}: counting starts the next day, months end on
   * the corresponding day, and a last day that is a rest day moves to the next working day.
   */
  public LocalDate lastDay(LocalDate eventDay, Period period) {
    return workingDayOnOrAfter(correspondingDay(eventDay, period));
  }

  /**
   * The last day by the counting rule alone, without moving off a rest day: for a term that is not a time limit for
   * an act (the end of a freeze or a listing term), which lapses on its day whatever day that is.
   */
  public LocalDate correspondingDay(LocalDate eventDay, Period period) {
    if (period.isNegative()) {
      throw new IllegalArgumentException("A legal period cannot be negative: " + period);
    }
    // plusMonths keeps the day of month, or takes the month's last day when it has none.
    return eventDay.plusYears(period.getYears()).plusMonths(period.getMonths()).plusDays(period.getDays());
  }

  /** 24:00 of a day in the courts' time zone (the first instant of the next day): when a period ending that day ends. */
  public OffsetDateTime endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  /** The instant a period from an event ends: 24:00 of its {@link #lastDay last day}. */
  public OffsetDateTime periodEnd(LocalDate eventDay, Period period) {
    return endOfDay(lastDay(eventDay, period));
  }

  /** The instant a period from an event at a given moment ends (the event's own day is not counted). */
  public OffsetDateTime periodEnd(Instant event, Period period) {
    return periodEnd(dayOf(event), period);
  }

  public OffsetDateTime periodEnd(OffsetDateTime event, Period period) {
    return periodEnd(event.toInstant(), period);
  }

  /** The first day on which "more than" the period since the event holds (超过): the day after its last day. */
  public LocalDate firstDayAfter(LocalDate eventDay, Period period) {
    return lastDay(eventDay, period).plusDays(1);
  }

  /** Whether the period from the event has ended at the given instant. */
  public boolean hasEnded(LocalDate eventDay, Period period, Instant now) {
    return !now.isBefore(periodEnd(eventDay, period).toInstant());
  }

  /**
   * The day on which "within N working days" of a day ends: the day itself is not counted, then N working days are
   * counted (holidays and rest days skipped, make-up working days counted).
   */
  public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("A number of working days cannot be negative: " + workingDays);
    }
    LocalDate d = day;
    for (int counted = 0; counted < workingDays; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The instant "within N working days" of a day ends: 24:00 of the N-th working day after it. */
  public OffsetDateTime workingDaysEnd(LocalDate day, int workingDays) {
    return endOfDay(plusWorkingDays(day, workingDays));
  }
}
