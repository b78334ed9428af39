package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** intake.lapse-application: the supplement period passed without the missing material. */
@Component
class LapseApplicationWorker implements JobWorker {

  private final IntakeSteps steps;

  LapseApplicationWorker(IntakeSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "intake.lapse-application";
  }

  @Override
  public List<String> variables() {
    return List.of("applicationId");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    application.lapse(steps.now());
    steps.record(application.getId(), "LAPSED", "逾期未补正材料，申请按撤回处理", null);
    return JobResult.complete();
  }
}
