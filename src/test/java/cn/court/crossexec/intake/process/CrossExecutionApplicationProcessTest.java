package cn.court.crossexec.intake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path, timer, message and error of cross-execution-application, on the real model and DMN tables; the
 * test plays the job workers and the people. Timers are driven by moving the engine clock.
 */
@Deployment(resources = {
    "bpmn/cross-execution-application.bpmn",
    "bpmn/cross-execution-eligibility.dmn",
    "bpmn/cross-execution-mode.dmn",
    "bpmn/coordinated-enforcement.bpmn",
    "forms/coordinator-review.form",
    "forms/review-overdue-escalation.form",
    "forms/supervision-progress.form",
    "forms/supervision-escalation.form"})
class CrossExecutionApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private ProcessEngine processEngine;
  private Date start;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    start = new Date();
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void passiveRiskApplicationIsDirectedToAnotherCourtAndHandedOff() {
    ProcessInstance pi = startApplication(Map.of("interferenceSuspected", true));
    worker("intake.check-completeness", Map.of("materialComplete", true));
    worker("intake.assess-facts", Map.of("effectiveStallMonths", 8, "seriesCaseCount", 0, "seriesSummary", "无"));

    // the DMN tables ran: passive risk, directed to a court outside the locality
    assertThat(pi).isWaitingAt("Task_ProposeCourts");
    assertThat(pi).variables()
        .containsEntry("eligible", true)
        .containsEntry("category", "PASSIVE_RISK")
        .containsEntry("proposedMode", "DIRECTED")
        .containsEntry("outsideLocality", true);
    worker("intake.propose-courts", proposal("DIRECTED", "GD0303"));

    Task review = reviewTask(pi);
    assertThat(review).hasCandidateGroup("command-centre-GD03").hasDueDate(dueDate());
    Task withForm = processEngine.getTaskService().createTaskQuery().taskId(review.getId()).initializeFormKeys().singleResult();
    assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("coordinator-review");
    complete(review, accept("DIRECTED", "GD0303"));

    worker("intake.record-decision", Map.of("caseId", "case-1"));
    assertThat(pi).isWaitingAt("Task_HandOffEnforcement");
    worker("intake.hand-off-enforcement", Map.of());
    // the case's own lifecycle runs as a called process under the case id; the application waits for it to end
    assertThat(pi).isWaitingAt("CallActivity_CoordinatedEnforcement");
    ProcessInstance caseProcess = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("coordinated-enforcement").superProcessInstanceId(pi.getId()).singleResult();
    assertThat(caseProcess.getBusinessKey()).isEqualTo("case-1");
    assertThat(caseProcess).isWaitingAt("Task_PrepareCase");
    assertThat(pi).variables().containsEntry("reviewedBy", "coordinator-GD03");
  }

  @Test
  void missingMaterialIsSupplementedAndTheApplicationGoesOn() {
    ProcessInstance pi = startApplication(Map.of());
    worker("intake.check-completeness", Map.of("materialComplete", false, "missingMaterialText", "执行依据"));
    worker("intake.request-supplement", supplementDue());
    // an event-based gateway waits for whichever comes first: the supplement or the end of the period
    assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");

    processEngine.getRuntimeService().createMessageCorrelation("SupplementReceived")
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    assertThat(pi).isWaitingAt("Task_CheckCompleteness");
    worker("intake.check-completeness", Map.of("materialComplete", true));
    assertThat(pi).isWaitingAt("Task_AssessFacts");
  }

  @Test
  void applicationLapsesAt24OClockOfTheSupplementPeriodsLastDayAsTheWorkerCountedIt() {
    ProcessInstance pi = startApplication(Map.of());
    worker("intake.check-completeness", Map.of("materialComplete", false, "missingMaterialText", "执行依据"));
    worker("intake.request-supplement", supplementDue());

    // the worker counted the period by the legal calendar (rolled over a holiday to day 17): not P15D from now
    moveClockDays(16);
    assertThat(dueTimers()).isEmpty();
    moveClockDays(2);
    runDueTimers();

    worker("intake.lapse-application", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Lapsed").hasNotPassed("Task_AssessFacts");
  }

  @Test
  void rejectionIsNotifiedWithReasons() {
    ProcessInstance pi = untilReview(Map.of("interferenceSuspected", true), "DIRECTED", "GD0303");
    complete(reviewTask(pi), Map.of("reviewOutcome", "REJECT", "rejectionReason", "不属于交叉执行案件范围"));
    worker("intake.notify-rejection", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Rejected").hasNotPassed("Task_RecordDecision");
  }

  @Test
  void aReviewOutcomeOtherThanAcceptOrRejectIsRefusedAndTheReviewStaysOpen() {
    ProcessInstance pi = untilReview(Map.of("interferenceSuspected", true), "DIRECTED", "GD0303");
    Task review = reviewTask(pi);
    assertThatThrownBy(() -> complete(review, Map.of("reviewOutcome", "MAYBE")))
        .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("reviewOutcome");
    assertThat(pi).isWaitingAt("Task_CoordinatorReview");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "reviewOutcome")).isNull();
  }

  @Test
  void aRejectionWithoutReasonsIsRefusedRatherThanGivenAMadeUpReason() {
    ProcessInstance pi = untilReview(Map.of("interferenceSuspected", true), "DIRECTED", "GD0303");
    assertThatThrownBy(() -> complete(reviewTask(pi), Map.of("reviewOutcome", "REJECT", "rejectionReason", "  ")))
        .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("须写明理由");
    assertThat(pi).isWaitingAt("Task_CoordinatorReview").hasNotPassed("Task_NotifyRejection");
  }

  @Test
  void aProgressReportThatIsNotYesOrNoIsRefusedWithEveryProblemAtOnce() {
    ProcessInstance pi = untilSupervision();
    assertThatThrownBy(() -> complete(supervisionTask(pi), Map.of("substantiveProgress", "yes")))
        .rootCause().isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("substantiveProgress").hasMessageContaining("progressReport");
    assertThat(pi).isWaitingAt("Task_SupervisedProgress").hasNotPassed("Gateway_SupervisionProgress");
  }

  @Test
  void partyApplicationBeforeSixMonthsIsAssessedIneligibleButStillReviewed() {
    ProcessInstance pi = startApplication(Map.of("interferenceSuspected", true));
    worker("intake.check-completeness", Map.of("materialComplete", true));
    worker("intake.assess-facts", Map.of("effectiveStallMonths", 5, "seriesCaseCount", 0, "seriesSummary", "无"));
    assertThat(pi).variables().containsEntry("eligible", false).containsEntry("category", "NONE")
        .containsEntry("proposedMode", "SUPERVISED");
  }

  @Test
  void decisionBreakingAConflictRuleGoesBackToTheCoordinator() {
    ProcessInstance pi = untilReview(Map.of("interferenceSuspected", true), "DIRECTED", "GD0303");
    complete(reviewTask(pi), accept("DIRECTED", "GD0305"));
    workerError("intake.record-decision", "DECISION_INVALID", "指令执行不能指令原执行法院");

    Task again = reviewTask(pi);
    assertThat(again).isNotNull();
    assertThat(pi).variables().containsEntry("decisionErrors", "指令执行不能指令原执行法院");
  }

  @Test
  void overdueReviewRemindsAndEscalatesToManagersAtTheDueMomentTheWorkerCounted() {
    ProcessInstance pi = untilReview(Map.of("interferenceSuspected", true), "DIRECTED", "GD0303");
    moveClockDays(11); // the review period of 10 days ends on day 12 here (rolled over), not at now + P10D
    assertThat(dueTimers()).isEmpty();
    assertThat(dueTimers()).isEmpty();
    moveClockDays(2);
    runDueTimers();

    worker("intake.escalate-overdue-review", Map.of());
    Task supervision = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ManagerSupervision").singleResult();
    assertThat(supervision).hasCandidateGroup("managers");
    assertThat(reviewTask(pi)).isNotNull(); // the review goes on

    complete(supervision, Map.of("supervisionNote", "请于三日内作出决定"));
    complete(reviewTask(pi), accept("DIRECTED", "GD0303"));
    worker("intake.record-decision", Map.of("caseId", "case-2"));
    worker("intake.hand-off-enforcement", Map.of());
    assertThat(pi).hasPassed("End_EscalationHandled").isWaitingAt("CallActivity_CoordinatedEnforcement");
  }

  @Test
  void supervisedEnforcementWithProgressIsHandedOff() {
    ProcessInstance pi = untilSupervision();
    Task progress = supervisionTask(pi);
    assertThat(progress).hasCandidateGroup("court-GD0305");
    complete(progress, Map.of("substantiveProgress", true, "progressReport", "已扣划存款"));
    worker("intake.hand-off-enforcement", Map.of());
    assertThat(pi).isWaitingAt("CallActivity_CoordinatedEnforcement").hasNotPassed("Task_SupervisionEscalation");
  }

  @Test
  void supervisedEnforcementWithoutProgressIsDirectedOrElevated() {
    ProcessInstance pi = untilSupervision();
    complete(supervisionTask(pi), Map.of("substantiveProgress", false, "progressReport", "未找到财产"));
    Task escalation = escalationTask(pi);
    assertThat(escalation).hasCandidateGroup("command-centre-GD03");

    complete(escalation, Map.of("revisedMode", "DIRECTED", "revisedExecutingCourtCode", "GD0305", "revisionReasons", "异地执行"));
    workerError("intake.revise-decision", "DECISION_INVALID", "指令执行不能指令原执行法院");
    complete(escalationTask(pi), Map.of("revisedMode", "ELEVATED", "revisionReasons", "提级执行"));
    worker("intake.revise-decision", Map.of("mode", "ELEVATED", "executingCourtCode", "GD03"));
    worker("intake.hand-off-enforcement", Map.of());
    assertThat(pi).hasPassed("Task_ReviseDecision").isWaitingAt("CallActivity_CoordinatedEnforcement");
    assertThat(pi).variables().containsEntry("escalatedBy", "coordinator-GD03");
  }

  @Test
  void supervisionDeadlinePassingMovesTheCaseOnAtTheDueMomentTheWorkerCounted() {
    ProcessInstance pi = untilSupervision();
    moveClockDays(32); // 30 days ending on day 33 here (rolled over), not at now + P30D
    assertThat(dueTimers()).isEmpty();
    moveClockDays(2);
    runDueTimers();

    assertThat(supervisionTask(pi)).isNull(); // the deadline interrupts the original court's task
    assertThat(escalationTask(pi)).isNotNull();
  }

  // --- helpers ---

  private ProcessInstance untilReview(Map<String, Object> facts, String mode, String executing) {
    ProcessInstance pi = startApplication(facts);
    worker("intake.check-completeness", Map.of("materialComplete", true));
    worker("intake.assess-facts", Map.of("effectiveStallMonths", 8, "seriesCaseCount", 0, "seriesSummary", "无"));
    worker("intake.propose-courts", proposal(mode, executing));
    assertThat(pi).isWaitingAt("Task_CoordinatorReview");
    return pi;
  }

  private ProcessInstance untilSupervision() {
    ProcessInstance pi = untilReview(Map.of(), "SUPERVISED", "GD0305");
    assertThat(pi).variables().containsEntry("category", "STALLED").containsEntry("proposedMode", "SUPERVISED");
    complete(reviewTask(pi), accept("SUPERVISED", "GD0305"));
    worker("intake.record-decision", Map.of("caseId", "case-3", "supervisionDueDate", iso(days(33))));
    assertThat(pi).isWaitingAt("Task_SupervisedProgress");
    return pi;
  }

  private ProcessInstance startApplication(Map<String, Object> facts) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicationId", "app-" + System.nanoTime());
    v.put("source", "PARTY");
    v.put("originalCourtCode", "GD0305");
    v.put("originalCourtGroup", "court-GD0305");
    v.put("coordinatingCourtCode", "GD03");
    v.put("commandCentreGroup", "command-centre-GD03");
    v.put("supplementPeriod", "P15D");
    v.put("reviewPeriod", "P10D");
    v.put("supervisionPeriod", "P30D");
    v.put("statutoryStallMonths", 6);
    v.put("hardBoneStallMonths", 24);
    for (String flag : List.of("interferenceSuspected", "relationshipCase", "massCase", "petitionCase",
        "highPublicAttention", "crossRegionAssets", "specialistDisposal", "evasionSuspected")) {
      v.put(flag, false);
    }
    v.putAll(facts);
    return processEngine.getRuntimeService()
        .startProcessInstanceByKey("cross-execution-application", (String) v.get("applicationId"), v);
  }

  private Map<String, Object> proposal(String mode, String executing) {
    Map<String, Object> v = new HashMap<>();
    v.put("mode", mode);
    v.put("proposedExecutingCourtCode", executing);
    v.put("executingCourtCode", executing);
    v.put("reviewDueDate", iso(dueDate()));
    return v;
  }

  private static Map<String, Object> accept(String mode, String executing) {
    return Map.of("reviewOutcome", "ACCEPT", "mode", mode, "executingCourtCode", executing,
        "necessity", "长期未执结", "convenience", "财产在辖区", "regularity", "符合程序", "decisionReasons", "依法决定");
  }

  private Date dueDate() {
    return days(12);
  }

  private Map<String, Object> supplementDue() {
    return Map.of("supplementDueDate", iso(days(17)), "supplementDueText", "17日后24时");
  }

  private Date days(int n) {
    return new Date(start.getTime() + n * 24L * 3600 * 1000);
  }

  private static String iso(Date date) {
    return java.time.OffsetDateTime.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault())
        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private Task reviewTask(ProcessInstance pi) {
    return taskAt(pi, "Task_CoordinatorReview");
  }

  private Task supervisionTask(ProcessInstance pi) {
    return taskAt(pi, "Task_SupervisedProgress");
  }

  private Task escalationTask(ProcessInstance pi) {
    return taskAt(pi, "Task_SupervisionEscalation");
  }

  private Task taskAt(ProcessInstance pi, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /** A coordinator or officer claims the task in Tasklist and completes its form. */
  private void complete(Task task, Map<String, Object> variables) {
    String user = task.getTaskDefinitionKey().equals("Task_SupervisedProgress") ? "officer-GD0305"
        : task.getTaskDefinitionKey().equals("Task_ManagerSupervision") ? "manager" : "coordinator-GD03";
    processEngine.getTaskService().claim(task.getId(), user);
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  /** Plays the job worker of a topic: exactly one task must be waiting on it. */
  private void worker(String topic, Map<String, Object> variables) {
    LockedExternalTask task = fetchOne(topic);
    processEngine.getExternalTaskService().complete(task.getId(), "test-worker", variables);
  }

  private void workerError(String topic, String code, String message) {
    LockedExternalTask task = fetchOne(topic);
    processEngine.getExternalTaskService().handleBpmnError(task.getId(), "test-worker", code, message);
  }

  private LockedExternalTask fetchOne(String topic) {
    List<LockedExternalTask> tasks = processEngine.getExternalTaskService().fetchAndLock(10, "test-worker")
        .topic(topic, 60_000L).execute();
    assertThat(tasks).as("external tasks on " + topic).hasSize(1);
    return tasks.get(0);
  }

  private void moveClockDays(int n) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + n * 24L * 3600 * 1000));
  }

  private List<Job> dueTimers() {
    return processEngine.getManagementService().createJobQuery().timers().executable().list();
  }

  private void runDueTimers() {
    List<Job> due = dueTimers();
    assertThat(due).isNotEmpty();
    due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
  }
}
