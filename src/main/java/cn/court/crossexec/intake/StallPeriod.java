package cn.court.crossexec.intake;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long a case has been in enforcement for the six-month rule (民事诉讼法第二百三十七条; 执行程序解释第十条), counted
 * by the {@link LegalCalendar}: from the day the original court <b>received</b> the application for enforcement
 * (that day not counted), N months end on the corresponding day of the N-th month, moved off a rest day or holiday,
 * and "more than N months" (超过) first holds the day after. The periods that do not count (公告、鉴定评估、管辖争议、
 * 协调、暂缓、中止) lengthen the period by their days; overlapping periods count once. The facts are judged as of the
 * day the superior court received the cross-execution application, not of a later supplement.
 *
 * <p>Worked example (DOMAIN.md §3): received 2024-03-04 → six months end at 24:00 on 2024-09-04 → more than six
 * months from 2024-09-05.
 */
final class StallPeriod {

  /** No case has been in enforcement for a century; bounds the month count. */
  private static final int MAX_MONTHS = 1200;

  private StallPeriod() {}

  record Excluded(LocalDate from, LocalDate to) {}

  /**
   * The whole months that have been <b>exceeded</b> on {@code judgedOn}: the largest N for which "more than N months"
   * holds that day ({@code >= 6} means the statutory six months have passed).
   */
  static int exceededMonths(LegalCalendar calendar, LocalDate receivedOn, LocalDate judgedOn, List<Excluded> excluded) {
    if (!judgedOn.isAfter(receivedOn)) {
      return 0;
    }
    long excludedDays = excludedDays(receivedOn, judgedOn, excluded);
    int months = 0;
    while (months < MAX_MONTHS && !judgedOn.isBefore(moreThan(calendar, receivedOn, months + 1, excludedDays))) {
      months++;
    }
    return months;
  }

  /**
   * The first day on which more than {@code months} months have passed since the original court received the
   * application, with {@code excludedDays} days that do not count.
   */
  static LocalDate moreThan(LegalCalendar calendar, LocalDate receivedOn, int months, long excludedDays) {
    LocalDate lastDay = calendar.correspondingDay(receivedOn, Period.ofMonths(months)).plusDays(excludedDays);
    return calendar.workingDayOnOrAfter(lastDay).plusDays(1);
  }

  /** Days (inclusive ranges) inside [receivedOn, judgedOn] covered by at least one excluded period. */
  static long excludedDays(LocalDate receivedOn, LocalDate judgedOn, List<Excluded> excluded) {
    List<Excluded> clipped = new ArrayList<>();
    for (Excluded e : excluded) {
      LocalDate from = e.from().isBefore(receivedOn) ? receivedOn : e.from();
      LocalDate to = e.to().isAfter(judgedOn) ? judgedOn : e.to();
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
