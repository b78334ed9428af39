package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** enforcement.record-extension: the president's decision on an extension; an approval adds its months to the limit. */
@Component
class RecordExtensionWorker implements JobWorker {

  private final CaseSteps steps;
  private final ExtensionRequestRepository requests;
  private final CaseLifecycleService lifecycle;

  RecordExtensionWorker(CaseSteps steps, ExtensionRequestRepository requests, CaseLifecycleService lifecycle) {
    this.steps = steps;
    this.requests = requests;
    this.lifecycle = lifecycle;
  }

  @Override
  public String topic() {
    return "enforcement.record-extension";
  }

  @Override
  public List<String> variables() {
    return List.of("extensionRequestId", "extensionApproved", "extensionDecisionNote", "extensionDecidedBy");
  }

  @Override
  public JobResult handle(Job job) {
    ExtensionRequest request = requests.findById(Long.valueOf(job.stringVariable("extensionRequestId"))).orElseThrow();
    boolean approved = "YES".equals(job.stringVariable("extensionApproved"));
    String by = job.stringVariable("extensionDecidedBy");
    request.decide(approved, by, job.stringVariable("extensionDecisionNote"), steps.now());
    EnforcementCase c = steps.theCase(request.getCaseId());
    if (approved) {
      c.extended(request.getMonths());
      c.limit(lifecycle.dueOn(c)); // shown at once; the limit watch reads it when it next wakes
    }
    steps.record(c.getId(), approved ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
        (approved ? "院长批准延长执行期限 " + request.getMonths() + " 个月" : "院长不予批准延长执行期限") + "："
            + job.stringVariable("extensionDecisionNote"), by);
    return JobResult.complete();
  }
}
