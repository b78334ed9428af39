package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * What the case's job workers share: loading the case of a job, writing its event log, and turning a day into the
 * moment a timer or a due date means (the end of that day, court time). No engine here: the workers also run in a
 * separate worker process.
 */
@Component
class CaseSteps {

  static final String SYSTEM = "system";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final EnforcementCaseRepository cases;
  private final CaseEventRepository events;
  private final Clock clock;

  CaseSteps(EnforcementCaseRepository cases, CaseEventRepository events, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  EnforcementCase theCase(String id) {
    return cases.findById(id).orElseThrow(() -> new NotFoundException("No enforcement case " + id));
  }

  void record(String caseId, String type, String detail, String actor) {
    events.save(new CaseEvent(caseId, type, detail, actor == null || actor.isBlank() ? SYSTEM : actor, now()));
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A limit "within N days" ends with the last day: the model's timer fires when that day is over. */
  String endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
  }

  static String text(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }
}
