package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.platform.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * What the case's job workers share: loading the case of a job, writing its event log, and turning a day into the
 * moment a timer or a due date means (the end of that day, court time). No engine here: the workers also run in a
 * separate worker process.
 */
@Component
class CaseSteps {

  static final String SYSTEM = SystemActor.ID;

  private final EnforcementCaseRepository cases;
  private final CaseEventRepository events;
  private final CourtClock clock;
  private final LegalCalendar calendar;

  CaseSteps(EnforcementCaseRepository cases, CaseEventRepository events, CourtClock clock, LegalCalendar calendar) {
    this.cases = cases;
    this.events = events;
    this.clock = clock;
    this.calendar = calendar;
  }

  EnforcementCase theCase(String id) {
    return cases.findById(id).orElseThrow(() -> new NotFoundException("No enforcement case " + id));
  }

  void record(String caseId, String type, String detail, String actor) {
    events.save(new CaseEvent(caseId, type, detail, actor == null || actor.isBlank() ? SYSTEM : actor, now()));
  }

  OffsetDateTime now() {
    return clock.now();
  }

  LocalDate today() {
    return clock.today();
  }

  LegalCalendar calendar() {
    return calendar;
  }

  /** A limit "within N days" ends with the last day: the model's timer fires when that day is over (24:00 court time). */
  String endOf(LocalDate day) {
    return clock.endOf(day).toString();
  }

  /** The last day of a legal period from an event on a day (LegalCalendar: next day counted, moved off rest days). */
  LocalDate lastDay(LocalDate eventDay, Period period) {
    return calendar.lastDay(eventDay, period);
  }

  static String text(LocalDate day) {
    return CourtClock.text(day);
  }
}
