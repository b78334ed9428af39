package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * enforcement.record-settlement: enforcement pauses for the settlement (recorded by POST /api/cases/{id}/settlement):
 * the open work items end with it, and its performance is watched until the agreed date.
 */
@Component
class RecordSettlementWorker implements JobWorker {

  private final CaseSteps steps;
  private final WorkItemRepository items;

  RecordSettlementWorker(CaseSteps steps, WorkItemRepository items) {
    this.steps = steps;
    this.items = items;
  }

  @Override
  public String topic() {
    return "enforcement.record-settlement";
  }

  @Override
  public List<String> variables() {
    return List.of("settlementDueText");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    items.findByCaseIdAndStatus(c.getId(), WorkItem.Status.OPEN).forEach(WorkItem::cancel);
    steps.record(c.getId(), "SETTLEMENT_WATCHED", "执行和解期间暂停执行，监督和解协议履行至 " + job.stringVariable("settlementDueText"), null);
    return JobResult.complete();
  }
}
