package cn.court.crossexec.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The courts' clock: now and today in the courts' time zone, the moment a day ends, and a day as people read it
 * (2026年12月2日). The one place the product asks what time it is, so that tests can set it.
 */
public final class CourtClock {

  private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Clock clock;

  public CourtClock(Clock clock) {
    this.clock = clock;
  }

  public Clock clock() {
    return clock;
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** 24:00 of a day, court time: when a limit whose last day it is runs out. */
  public OffsetDateTime endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone()).toOffsetDateTime();
  }

  /** A day as a court writes it: 2026年12月2日 (empty for none). */
  public static String text(LocalDate day) {
    return day == null ? "" : CHINESE_DAY.format(day);
  }
}
