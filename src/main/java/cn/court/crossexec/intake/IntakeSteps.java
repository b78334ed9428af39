package cn.court.crossexec.intake;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.calendar.CourtClock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** What the intake's job workers share: loading the application of a job and writing its event log. */
@Component
class IntakeSteps {

  static final String SYSTEM = SystemActor.ID;

  private final ApplicationRepository applications;
  private final ApplicationEventRepository events;
  private final CourtClock clock;

  // No engine here: the workers also run in a separate worker process (profile worker).
  IntakeSteps(ApplicationRepository applications, ApplicationEventRepository events, CourtClock clock) {
    this.applications = applications;
    this.events = events;
    this.clock = clock;
  }

  Application application(String id) {
    return applications.findById(id).orElseThrow(() -> new NotFoundException("No application " + id));
  }

  void record(String applicationId, String type, String detail, String actor) {
    events.save(new ApplicationEvent(applicationId, type, detail, actor == null ? SYSTEM : actor, now()));
  }

  OffsetDateTime now() {
    return clock.now();
  }
}
