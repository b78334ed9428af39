package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** intake.escalate-overdue-review: the review is overdue; the coordinators are reminded and managers told. */
@Component
class EscalateOverdueReviewWorker implements JobWorker {

  private final IntakeSteps steps;

  EscalateOverdueReviewWorker(IntakeSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "intake.escalate-overdue-review";
  }

  @Override
  public List<String> variables() {
    return List.of("commandCentreGroup", "reviewPeriodText");
  }

  @Override
  public JobResult handle(Job job) {
    steps.record(job.businessKey(), "REVIEW_OVERDUE",
        "审查已超过期限（" + job.stringVariable("reviewPeriodText") + "），已催办" + job.stringVariable("commandCentreGroup")
            + "并报执行局领导督办", null);
    return JobResult.complete();
  }
}
