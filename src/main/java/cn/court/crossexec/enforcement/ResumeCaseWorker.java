package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.resume-case: back to enforcement (恢复执行) after 终本 (assets found on a re-query, or leads from the
 * creditor) or after a settlement that was not kept. The case goes straight to a new inquiry round.
 */
@Component
class ResumeCaseWorker implements JobWorker {

  private final CaseSteps steps;

  ResumeCaseWorker(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "enforcement.resume-case";
  }

  @Override
  public List<String> variables() {
    return List.of("resumptionReason", "assetsFound", "settlementNote", "settlementPerformed");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    String reason = job.stringVariable("resumptionReason");
    if (reason == null || reason.isBlank()) {
      reason = c.getStatus() == CaseStatus.SETTLEMENT ? "未履行和解协议：" + job.stringVariable("settlementNote") : "复查发现可供执行的财产";
    }
    c.resume(c.getStatus() == CaseStatus.TERMINATED_FOR_NOW ? steps.today() : null);
    steps.record(c.getId(), "RESUMED", "恢复执行：" + reason, null);
    return JobResult.complete(Map.of("resumed", true, "resumptionReason", ""));
  }
}
