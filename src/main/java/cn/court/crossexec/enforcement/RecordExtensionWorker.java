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
  private final EnforcementProperties limits;

  RecordExtensionWorker(CaseSteps steps, ExtensionRequestRepository requests, CaseLifecycleService lifecycle,
      EnforcementProperties limits) {
    this.limits = limits;
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
    if (request.getStatus() != ExtensionRequest.Status.PENDING) {
      return JobResult.complete(); // decided before (a replay)
    }
    boolean approved = "YES".equals(job.stringVariable("extensionApproved"));
    String by = job.stringVariable("extensionDecidedBy");
    String note = job.stringVariable("extensionDecisionNote");
    long granted = requests.findByCaseIdAndStatus(request.getCaseId(), ExtensionRequest.Status.APPROVED).size();
    if (approved && granted >= limits.maxExtensions()) {
      // the rule holds whatever the completion says: no more extensions than configured
      approved = false;
      note = "执行期限已延长 " + granted + " 次，最多可延长 " + limits.maxExtensions() + " 次，不能再批准"
          + (note == null || note.isBlank() ? "" : "（" + note + "）");
    }
    request.decide(approved, by, note, steps.now());
    EnforcementCase c = steps.theCase(request.getCaseId());
    if (approved) {
      c.extended(request.getMonths());
      c.limit(lifecycle.dueOn(c)); // shown at once; the limit watch reads it when it next wakes
    }
    steps.record(c.getId(), approved ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
        (approved ? "院长批准延长执行期限 " + request.getMonths() + " 个月" : "院长不予批准延长执行期限") + "："
            + note, by);
    return JobResult.complete();
  }
}
