package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** intake.request-supplement: the applicant is told what is missing and by when (the timer in the model). */
@Component
class RequestSupplementWorker implements JobWorker {

  private final IntakeSteps steps;
  private final IntakeProperties limits;

  RequestSupplementWorker(IntakeSteps steps, IntakeProperties limits) {
    this.steps = steps;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "intake.request-supplement";
  }

  @Override
  public List<String> variables() {
    return List.of("missingMaterialText");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    String missing = job.stringVariable("missingMaterialText");
    LocalDate due = steps.now().toLocalDate().plus(limits.supplementPeriod());
    application.awaitSupplement(missing, due, steps.now());
    steps.record(application.getId(), "SUPPLEMENT_REQUESTED", "请于" + due + "前补正：" + missing, null);
    return JobResult.complete();
  }
}
