package cn.court.crossexec.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long a case has been in enforcement for the six-month rule: whole months from filing to today, after
 * removing the periods that do not count (公告、鉴定评估、管辖争议、协调、暂缓、中止). Overlapping periods count once.
 */
final class StallPeriod {

  private StallPeriod() {}

  record Excluded(LocalDate from, LocalDate to) {}

  static int effectiveMonths(LocalDate filedOn, LocalDate today, List<Excluded> excluded) {
    if (today.isBefore(filedOn)) {
      return 0;
    }
    long excludedDays = excludedDays(filedOn, today, excluded);
    // Shift the end back by the excluded days, then count whole calendar months.
    LocalDate effectiveEnd = today.minusDays(excludedDays);
    return effectiveEnd.isBefore(filedOn) ? 0 : (int) ChronoUnit.MONTHS.between(filedOn, effectiveEnd);
  }

  /** Days (inclusive ranges) inside [filedOn, today] covered by at least one excluded period. */
  static long excludedDays(LocalDate filedOn, LocalDate today, List<Excluded> excluded) {
    List<Excluded> clipped = new ArrayList<>();
    for (Excluded e : excluded) {
      LocalDate from = e.from().isBefore(filedOn) ? filedOn : e.from();
      LocalDate to = e.to().isAfter(today) ? today : e.to();
      if (!to.isBefore(from)) {
        clipped.add(new Excluded(from, to));
      }
    }
    clipped.sort(Comparator.comparing(Excluded::from));
    long days = 0;
    LocalDate coveredUntil = null;
    for (Excluded e : clipped) {
      LocalDate start = coveredUntil == null || e.from().isAfter(coveredUntil) ? e.from() : coveredUntil.plusDays(1);
      if (!e.to().isBefore(start)) {
        days += ChronoUnit.DAYS.between(start, e.to()) + 1;
      }
      if (coveredUntil == null || e.to().isAfter(coveredUntil)) {
        coveredUntil = e.to();
      }
    }
    return days;
  }
}
