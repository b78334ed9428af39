package cn.court.crossexec.intake;

import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** What the intake's job workers share: loading the application of a job and writing its event log. */
@Component
class IntakeSteps {

  static final String SYSTEM = "system";

  private final ApplicationRepository applications;
  private final IntakeService intake;
  private final Clock clock;

  IntakeSteps(ApplicationRepository applications, IntakeService intake, Clock clock) {
    this.applications = applications;
    this.intake = intake;
    this.clock = clock;
  }

  Application application(String id) {
    return applications.findById(id).orElseThrow(() -> new NotFoundException("No application " + id));
  }

  void record(String applicationId, String type, String detail, String actor) {
    intake.record(applicationId, type, detail, actor == null ? SYSTEM : actor);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
