package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** enforcement.remind-work-item: an item passed its due date: the court is reminded and the item is on the coordinator's overdue list. */
@Component
class RemindWorkItemWorker implements JobWorker {

  private final CaseSteps steps;
  private final WorkItemRepository items;

  RemindWorkItemWorker(CaseSteps steps, WorkItemRepository items) {
    this.steps = steps;
    this.items = items;
  }

  @Override
  public String topic() {
    return "enforcement.remind-work-item";
  }

  @Override
  public List<String> variables() {
    return List.of("workItemId");
  }

  @Override
  public JobResult handle(Job job) {
    WorkItem item = items.findById(Long.valueOf(job.stringVariable("workItemId"))).orElseThrow();
    item.remind(steps.now());
    steps.record(item.getCaseId(), "WORK_ITEM_OVERDUE", item.getCourtCode() + "“" + item.getType().label() + "”事项已逾期（期限 "
        + item.getDueOn() + "），已催办并列入协调员逾期清单", null);
    return JobResult.complete();
  }
}
