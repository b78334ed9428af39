package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * joint-work-item: one item of joint work for one participating court, due on a date, reminded when overdue without
 * taking it away from the court, its result recorded on the case.
 */
@Deployment(resources = {"bpmn/joint-work-item.bpmn", "forms/work-item-report.form"})
class JointWorkItemProcessTest extends EnforcementProcessTestSupport {

  @RegisterExtension
  static ProcessEngineExtension engine = processEngineExtension();

  @Test
  void courtDoesTheItemInTimeAndItsResultIsRecorded() {
    ProcessInstance pi = startItem();
    Task item = taskAt(pi, "Task_DoWorkItem");
    assertThat(item).hasName("查封：（2026）粤03执协1号").hasCandidateGroup("court-GD0304").hasDueDate(days(10));
    assertThat(formRef(item)).isEqualTo("work-item-report");
    assertThat(timerDueAt("Timer_WorkItemOverdue")).isEqualTo(days(10));

    complete(item, "officer-GD0304", report("DONE"));
    LockedExternalTask record = worker("enforcement.record-work-item-result", Map.of());
    assertThat(record.getVariables()).containsEntry("workItemId", "42").containsEntry("workItemOutcome", "DONE")
        .containsEntry("workItemDoneBy", "officer-GD0304").containsEntry("measureAssetKey", "粤B12345");
    assertThat(pi).isEnded().hasPassed("End_WorkItemDone").hasNotPassed("Task_RemindWorkItem");
  }

  @Test
  void overdueItemIsRemindedAndStaysWithTheCourt() {
    ProcessInstance pi = startItem();
    timersFireAt(days(10));

    LockedExternalTask remind = worker("enforcement.remind-work-item", Map.of());
    assertThat(remind.getVariables()).containsEntry("workItemId", "42");
    assertThat(pi).hasPassed("End_Reminded").isWaitingAt("Task_DoWorkItem");

    complete(taskAt(pi, "Task_DoWorkItem"), "officer-GD0304", report("NOT_POSSIBLE"));
    worker("enforcement.record-work-item-result", Map.of());
    assertThat(pi).isEnded().hasPassed("Task_RemindWorkItem", "End_WorkItemDone");
  }

  // --- helpers ---

  /** What coordinated-enforcement passes to a work item (camunda:in of its call activities). */
  private ProcessInstance startItem() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseId", CASE);
    v.put("caseNumber", "（2026）粤03执协1号");
    v.put("workItemId", "42");
    v.put("workItemCourtGroup", "court-GD0304");
    v.put("workItemDueAt", iso(days(10)));
    v.put("workItemDueText", "2026年12月6日");
    v.put("workItemTitle", "查封：（2026）粤03执协1号");
    v.put("workItemType", "SEAL");
    v.put("workItemInstructions", "查封被执行人名下车辆");
    return runtime.startProcessInstanceByKey("joint-work-item", CASE, v);
  }

  private static Map<String, Object> report(String outcome) {
    return Map.of("workItemOutcome", outcome, "workItemResult", "已查封", "measureAssetType", "MOVABLE",
        "measureAssetKey", "粤B12345", "measureAssetDescription", "小型汽车", "measureOrderNumber", "（2026）粤0304执保1号");
  }
}
