package cn.court.crossexec.disposal.distribution.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * distribution: one distribution of a case's proceeds. The test plays the workers (their results are the variables the
 * model routes on and the deadlines they compute), the reviewing officer, and the judgments (message LawsuitJudged,
 * correlated by the distribution's id), and moves the engine clock to each deadline.
 */
@Deployment(resources = {"bpmn/distribution.bpmn", "forms/review-distribution-plan.form"})
class DistributionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String CASE = "case-1";
  private static final String DISTRIBUTION = "dist-1";
  private static final String WORKER = "test";

  private ProcessEngine processEngine;
  private Date start;

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    start = new Date();
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void planWithoutObjectionsIsPaidWhenTheObjectionPeriodEnds() {
    ProcessInstance pi = untilNotified();

    timersFireAt(days(30));
    LockedExternalTask close = worker("distribution.close-objections", Map.of("objectionCount", 0, "counterCloseAt", iso(days(45))));
    assertThat(close.getVariables()).containsEntry("distributionId", DISTRIBUTION);
    assertThat(pi).isEnded().hasPassed("End_Distributed").hasNotPassed("Timer_CounterClose");
  }

  @Test
  void objectionNobodyCountersIsAcceptedWhenTheCounterPeriodEnds() {
    ProcessInstance pi = untilObjections();

    timersFireAt(days(45));
    worker("distribution.close-counter-objections", Map.of("counteredCount", 0, "lawsuitsCloseAt", iso(days(60))));
    assertThat(pi).isEnded().hasPassed("Task_CloseCounterObjections", "End_Distributed").hasNotPassed("Timer_LawsuitsClose");
  }

  @Test
  void counteredObjectionNotSuedInTimeIsDroppedWhenTheLawsuitPeriodEnds() {
    ProcessInstance pi = untilCountered();

    timersFireAt(days(60));
    worker("distribution.close-lawsuit-window", Map.of("suedCount", 0));
    assertThat(pi).isEnded().hasPassed("Task_CloseLawsuitWindow", "End_Distributed").hasNotPassed("Event_LawsuitJudged");
  }

  @Test
  void eachJudgmentIsAppliedUntilNoLawsuitIsLeft() {
    ProcessInstance pi = untilCountered();
    timersFireAt(days(60));
    worker("distribution.close-lawsuit-window", Map.of("suedCount", 2));
    assertThat(pi).isWaitingAt("Event_LawsuitJudged");

    // a judgment of another distribution of the same case does not reach this one
    ProcessInstance other = processEngine.getRuntimeService().startProcessInstanceByKey("distribution", CASE,
        variables("dist-2", iso(days(15))));
    judged(DISTRIBUTION);
    assertThat(other).isWaitingAt("Timer_ClaimsClose");
    LockedExternalTask first = worker("distribution.apply-judgment", Map.of("suedCount", 1));
    assertThat(first.getVariables()).containsEntry("distributionId", DISTRIBUTION);
    assertThat(pi).isWaitingAt("Event_LawsuitJudged");

    judged(DISTRIBUTION);
    worker("distribution.apply-judgment", Map.of("suedCount", 0));
    assertThat(pi).isEnded().hasPassed("Task_ApplyJudgment", "End_Distributed");
  }

  @Test
  void anotherRuleChosenAtReviewDraftsThePlanAgainUnderIt() {
    ProcessInstance pi = start();
    timersFireAt(days(15));
    worker("distribution.draft-plan", drafted("PRO_RATA"));

    complete(task("Task_ReviewPlan"), Map.of("orderingRule", "SEIZURE_ORDER", "planApproved", true));
    LockedExternalTask redraft = worker("distribution.draft-plan", drafted("SEIZURE_ORDER"));
    assertThat(redraft.getVariables()).containsEntry("orderingRule", "SEIZURE_ORDER");
    assertThat(pi).isWaitingAt("Task_ReviewPlan").hasNotPassed("Task_NotifyPlan");

    // not approved: drafted again under the same rule
    complete(task("Task_ReviewPlan"), Map.of("orderingRule", "SEIZURE_ORDER", "planApproved", false));
    worker("distribution.draft-plan", drafted("SEIZURE_ORDER"));
    complete(task("Task_ReviewPlan"), Map.of("orderingRule", "SEIZURE_ORDER", "planApproved", true));
    LockedExternalTask notify = worker("distribution.notify-plan", Map.of("objectionsCloseAt", iso(days(30))));
    assertThat(notify.getVariables()).containsEntry("planReviewedBy", "officer-GD0303");
    assertThat(pi).isWaitingAt("Timer_ObjectionsClose");
  }

  // --- paths ---

  private ProcessInstance untilNotified() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Timer_ClaimsClose");
    timersFireAt(days(15));
    LockedExternalTask draft = worker("distribution.draft-plan", drafted("PRO_RATA"));
    assertThat(draft.getVariables()).containsEntry("distributionId", DISTRIBUTION);

    Task review = task("Task_ReviewPlan");
    assertThat(review).hasName("审核分配方案：（2026）粤0303执1号").hasCandidateGroup("court-GD0303");
    assertThat(formRef(review)).isEqualTo("review-distribution-plan");
    complete(review, Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    worker("distribution.notify-plan", Map.of("objectionsCloseAt", iso(days(30))));
    assertThat(pi).isWaitingAt("Timer_ObjectionsClose");
    return pi;
  }

  private ProcessInstance untilObjections() {
    ProcessInstance pi = untilNotified();
    timersFireAt(days(30));
    worker("distribution.close-objections", Map.of("objectionCount", 1, "counterCloseAt", iso(days(45))));
    assertThat(pi).isWaitingAt("Timer_CounterClose");
    return pi;
  }

  private ProcessInstance untilCountered() {
    ProcessInstance pi = untilObjections();
    timersFireAt(days(45));
    worker("distribution.close-counter-objections", Map.of("counteredCount", 1, "lawsuitsCloseAt", iso(days(60))));
    assertThat(pi).isWaitingAt("Timer_LawsuitsClose");
    return pi;
  }

  // --- helpers ---

  /** What DistributionService.open passes to the process. */
  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey("distribution", CASE,
        variables(DISTRIBUTION, iso(days(15))));
  }

  private static Map<String, Object> variables(String distributionId, String claimsCloseAt) {
    return Map.of("caseId", CASE, "distributionId", distributionId, "executingCourtGroup", "court-GD0303",
        "caseNumber", "（2026）粤0303执1号", "claimsCloseAt", claimsCloseAt);
  }

  private static Map<String, Object> drafted(String rule) {
    Map<String, Object> result = new HashMap<>();
    result.put("planText", "| 顺位 | 债权人 |");
    result.put("orderingRule", rule);
    result.put("draftedRule", rule);
    result.put("planApproved", false);
    return result;
  }

  /** ObjectionService.judge: CaseMessage LawsuitJudged for the instance holding the distribution's id. */
  private void judged(String distributionId) {
    processEngine.getRuntimeService().createMessageCorrelation("LawsuitJudged").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("distributionId", distributionId).setVariable("judgedObjectionId", 7L)
        .correlateWithResult();
  }

  private LockedExternalTask worker(String topic, Map<String, Object> result) {
    List<LockedExternalTask> found = processEngine.getExternalTaskService().fetchAndLock(10, WORKER)
        .topic(topic, 60_000L).execute();
    assertThat(found).as("external tasks on " + topic).hasSize(1);
    processEngine.getExternalTaskService().complete(found.get(0).getId(), WORKER, result);
    return found.get(0);
  }

  private Task task(String key) {
    return processEngine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    assertThat(task).as("task to complete").isNotNull();
    processEngine.getTaskService().claim(task.getId(), "officer-GD0303");
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private String formRef(Task task) {
    return processEngine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
  }

  private Date days(int n) {
    return new Date(start.getTime() + n * 24L * 3600 * 1000);
  }

  /** The clock reaches {@code when}: nothing may be due a minute before, something must be due then. */
  private void timersFireAt(Date when) {
    var management = processEngine.getManagementService();
    ClockUtil.setCurrentTime(new Date(when.getTime() - 60_000));
    assertThat(management.createJobQuery().timers().executable().list()).as("timers due before " + when).isEmpty();
    ClockUtil.setCurrentTime(when);
    var due = management.createJobQuery().timers().executable().list();
    assertThat(due).as("due timers").isNotEmpty();
    due.forEach(job -> management.executeJob(job.getId()));
  }

  private static String iso(Date date) {
    return OffsetDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Shanghai")).toString();
  }
}
