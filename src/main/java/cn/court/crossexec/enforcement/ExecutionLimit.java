package cn.court.crossexec.enforcement;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The execution limit of a case (审限: six months for a case from litigation, three for a non-litigation case), counted
 * by the legal calendar: the day of filing is not counted, the months end on the corresponding day, then approved
 * extensions and the days of the excluded periods are added (each day counted once where periods overlap, only days
 * after filing), and a last day on a rest day or holiday moves to the next working day.
 *
 * <p>An excluded period that begins after the limit (as it stood then) had expired does not revive it: the periods are
 * taken in order of their start, and one starting after the running last day adds nothing.
 */
final class ExecutionLimit {

  record Span(LocalDate from, LocalDate to) {}

  private ExecutionLimit() {}

  static LocalDate dueOn(LegalCalendar calendar, LocalDate filedOn, int months, int extensionMonths, List<Span> excluded) {
    LocalDate base = calendar.correspondingDay(filedOn, Period.ofMonths(months + extensionMonths));
    List<Span> sorted = new ArrayList<>(excluded);
    sorted.sort(Comparator.comparing(Span::from));
    LocalDate due = base;
    LocalDate countedUntil = filedOn; // the day of filing is not counted
    for (Span span : sorted) {
      if (span.from().isAfter(calendar.workingDayOnOrAfter(due))) {
        break; // the limit had expired before this period began: it stays expired
      }
      LocalDate from = span.from().isAfter(countedUntil) ? span.from() : countedUntil.plusDays(1);
      if (!span.to().isBefore(from)) {
        due = due.plusDays(ChronoUnit.DAYS.between(from, span.to()) + 1);
        countedUntil = span.to();
      }
    }
    return calendar.workingDayOnOrAfter(due);
  }
}
