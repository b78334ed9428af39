package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.record-work-item-result: the court's structured result goes on the item and the case. A seal, freeze or
 * seizure that was done with the asset filled in is registered as a control measure of that court (expiry by asset
 * type, renewal reminder, waiting list).
 */
@Component
class RecordWorkItemResultWorker implements JobWorker {

  private static final Map<String, String> OUTCOMES = Map.of("DONE", "已完成", "PARTLY", "部分完成", "NOT_POSSIBLE", "无法完成");

  private final CaseSteps steps;
  private final WorkItemRepository items;
  private final ControlMeasureService measures;

  RecordWorkItemResultWorker(CaseSteps steps, WorkItemRepository items, ControlMeasureService measures) {
    this.steps = steps;
    this.items = items;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "enforcement.record-work-item-result";
  }

  @Override
  public List<String> variables() {
    return List.of("workItemId", "workItemOutcome", "workItemResult", "workItemDoneBy", "measureAssetType",
        "measureAssetKey", "measureAssetDescription", "measureOrderNumber");
  }

  @Override
  public JobResult handle(Job job) {
    WorkItem item = items.findById(Long.valueOf(job.stringVariable("workItemId"))).orElseThrow();
    String outcome = job.stringVariable("workItemOutcome");
    String by = job.stringVariable("workItemDoneBy");
    Long measureId = null;
    String assetKey = job.stringVariable("measureAssetKey");
    if (item.getType().measure() != null && !"NOT_POSSIBLE".equals(outcome) && assetKey != null && !assetKey.isBlank()) {
      EnforcementCase c = steps.theCase(item.getCaseId());
      String description = job.stringVariable("measureAssetDescription");
      MeasureRequest request = new MeasureRequest(assetKey.trim(), description == null || description.isBlank() ? assetKey.trim() : description.trim(),
          AssetType.valueOf(job.stringVariable("measureAssetType")), item.getType().measure(),
          job.stringVariable("measureOrderNumber") == null ? "（未填文号）" : job.stringVariable("measureOrderNumber").trim(), steps.today());
      measureId = measures.takeAt(c, item.getCourtCode(), request, by == null ? CaseSteps.SYSTEM : by).id();
    }
    item.complete(outcome, job.stringVariable("workItemResult"), measureId, by, steps.now());
    steps.record(item.getCaseId(), "WORK_ITEM_DONE", item.getCourtCode() + "办理“" + item.getType().label() + "”："
        + OUTCOMES.getOrDefault(outcome, outcome) + "；" + item.getResult(), by);
    return JobResult.complete();
  }
}
