package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** intake.notify-rejection: the application is refused with the coordinator's reasons, which the applicant sees. */
@Component
class NotifyRejectionWorker implements JobWorker {

  private final IntakeSteps steps;

  NotifyRejectionWorker(IntakeSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "intake.notify-rejection";
  }

  @Override
  public List<String> variables() {
    return List.of("rejectionReason", "reviewedBy");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    String reason = job.stringVariable("rejectionReason");
    application.reject(reason == null || reason.isBlank() ? "不符合交叉执行条件" : reason, steps.now());
    steps.record(application.getId(), "REJECTED", application.getRejectionReason(), job.stringVariable("reviewedBy"));
    return JobResult.complete();
  }
}
