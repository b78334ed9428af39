package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * intake.hand-off-enforcement: the decided case goes to coordinated enforcement under its case id. The
 * coordinated-enforcement process is the next capability; until it exists this records the hand-off, which it
 * will pick up by the case id.
 */
@Component
class HandOffEnforcementWorker implements JobWorker {

  private final IntakeSteps steps;

  HandOffEnforcementWorker(IntakeSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "intake.hand-off-enforcement";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId", "mode", "executingCourtCode", "progressReport");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    application.decided(application.getCaseId(), false, steps.now());
    String progress = job.stringVariable("progressReport");
    steps.record(application.getId(), "HANDED_OFF",
        "移交协同执行：案件编号 " + job.stringVariable("caseId") + "，" + EnforcementMode.valueOf(job.stringVariable("mode")).label()
            + "，执行法院 " + job.stringVariable("executingCourtCode") + (progress == null ? "" : "；督促执行进展：" + progress), null);
    return JobResult.complete();
  }
}
