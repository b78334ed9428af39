package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The six-month limit of a case: from filing, plus approved extensions, plus the days of the excluded periods (each
 * day counted once where periods overlap, and only days after filing).
 */
final class ExecutionLimit {

  record Span(LocalDate from, LocalDate to) {}

  private ExecutionLimit() {}

  static LocalDate dueOn(LocalDate filedOn, int months, int extensionMonths, List<Span> excluded) {
    return filedOn.plusMonths(months + (long) extensionMonths).plusDays(excludedDays(filedOn, excluded));
  }

  static long excludedDays(LocalDate filedOn, List<Span> excluded) {
    List<Span> sorted = new ArrayList<>(excluded);
    sorted.sort(Comparator.comparing(Span::from));
    long days = 0;
    LocalDate countedUntil = filedOn.minusDays(1); // last day already counted
    for (Span span : sorted) {
      LocalDate from = span.from().isAfter(countedUntil) ? span.from() : countedUntil.plusDays(1);
      if (!span.to().isBefore(from)) {
        days += ChronoUnit.DAYS.between(from, span.to()) + 1;
        countedUntil = span.to();
      }
    }
    return days;
  }
}
