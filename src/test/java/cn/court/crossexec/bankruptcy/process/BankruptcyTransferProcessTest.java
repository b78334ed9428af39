package cn.court.crossexec.bankruptcy.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
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
 * bankruptcy-transfer with the real model, its forms and the real completion checks: the test plays the workers (their
 * results are what the model routes on), the officers, the president and the consent message, and moves the engine
 * clock to the consent deadline and the 5-day service limit, both counted by the legal calendar as the workers do.
 */
@Deployment(resources = {"bpmn/bankruptcy-transfer.bpmn", "forms/bankruptcy-review-proposal.form",
    "forms/bankruptcy-screening-facts.form", "forms/bankruptcy-assess-rescue.form", "forms/bankruptcy-judge-opinion.form",
    "forms/bankruptcy-collegial-review.form", "forms/bankruptcy-president-sign.form",
    "forms/bankruptcy-intermediate-approval.form", "forms/bankruptcy-serve-decision.form"})
class BankruptcyTransferProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String TRANSFER = "transfer-1";
  private static final String WORKER = "test";
  private static final LegalCalendar CALENDAR = LegalCalendar.official();
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
  /** What bankruptcy.ask-consent computes with the default 15 days. */
  private static final OffsetDateTime CONSENT_DUE = CALENDAR.periodEnd(TODAY, Period.ofDays(15));
  /** What bankruptcy.record-decision computes with the 5 days of art. 7. */
  private static final OffsetDateTime SERVE_DUE = CALENDAR.periodEnd(TODAY, Period.ofDays(5));

  private ProcessEngine processEngine;

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    clockAt(OffsetDateTime.parse("2026-09-01T10:00:00+08:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aZombieWithAWrittenConsentIsDecidedSignedAndServed() {
    ProcessInstance pi = start(false, false);
    Task facts = task("Task_RecordScreeningFacts");
    assertThat(facts).hasName("录入破产甄别情况：深圳某某实业有限公司（（2026）粤0303执1号）").hasCandidateGroup("court-GD0303");
    assertThat(formRef(facts)).isEqualTo("bankruptcy-screening-facts");
    complete(facts, screeningFacts());
    LockedExternalTask screened = screen("ZOMBIE");
    assertThat(screened.getVariables()).containsEntry("employees", 0L).containsEntry("assetsFoundYuan", "0");
    worker("bankruptcy.ask-consent", consentAsked(false));
    assertThat(pi).isWaitingAt("Receive_Consent");

    consentGiven();
    decideAndServe(pi);
    assertThat(pi).isEnded().hasPassed("Task_PresidentSign", "End_Decided")
        .hasNotPassed("Task_IntermediateApproval", "Task_HoldCoreAssets", "Task_FlagLateService", "Task_ReviewProposal");
  }

  @Test
  void noConsentByTheDeadlineEndsTheTransferNotConsented() {
    ProcessInstance pi = untilAwaitingConsent();
    timersFireAt(CONSENT_DUE);
    worker("bankruptcy.close-consent", Map.of("consented", false));
    assertThat(pi).isEnded().hasPassed("Boundary_ConsentDeadline", "End_NotConsented").hasNotPassed("Task_JudgeOpinion");
  }

  @Test
  void aConsentFoundAtTheDeadlineStillLeadsToTheDecision() {
    // recorded while nobody waited (the message was skipped): the deadline's check reads it from the table
    ProcessInstance pi = untilAwaitingConsent();
    timersFireAt(CONSENT_DUE);
    worker("bankruptcy.close-consent", Map.of("consented", true));
    assertThat(pi).isWaitingAt("Task_JudgeOpinion");
  }

  @Test
  void aConsentAlreadyOnRecordSkipsTheWait() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts"), screeningFacts());
    screen("ZOMBIE");
    worker("bankruptcy.ask-consent", consentAsked(true));
    assertThat(pi).isWaitingAt("Task_JudgeOpinion").hasNotPassed("Receive_Consent");
  }

  @Test
  void aViableEnterpriseHasItsCoreAssetsHeldAndIsAssessedBeforeConsentIsAsked() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts"), screeningFacts());
    screen("VIABLE");
    worker("bankruptcy.hold-core-assets", Map.of("heldAssets", 3));
    Task assess = task("Task_AssessRescueValue");
    assertThat(assess).hasName("评估挽救价值：深圳某某实业有限公司（（2026）粤0303执1号）").hasCandidateGroup("court-GD0303");
    complete(assess, Map.of("rescueDecision", "TRANSFER", "assessmentNote", "仍有三百名职工，品牌有价值，宜重整"));
    worker("bankruptcy.record-step", Map.of());
    worker("bankruptcy.ask-consent", consentAsked(false));
    assertThat(pi).isWaitingAt("Receive_Consent").hasPassed("Task_HoldCoreAssets");
  }

  @Test
  void aViableEnterpriseTheJudgeWillNotTransferGoesOnBeingEnforced() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts"), screeningFacts());
    screen("VIABLE");
    worker("bankruptcy.hold-core-assets", Map.of("heldAssets", 1));
    complete(task("Task_AssessRescueValue"), Map.of("rescueDecision", "CONTINUE", "assessmentNote", "已恢复生产，可以履行"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(pi).isEnded().hasPassed("End_RescueEnforcementGoesOn").hasNotPassed("Task_AskConsent");
  }

  @Test
  void aDebtorWhoseAssetsCoverItsDebtsIsNotTransferred() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts"), screeningFacts());
    screen("NOT_INSOLVENT");
    assertThat(pi).isEnded().hasPassed("End_NotInsolvent").hasNotPassed("Task_AskConsent", "Task_HoldCoreAssets");
  }

  @Test
  void aSystemProposalIsATaskForTheExecutingCourtNeverATransfer() {
    ProcessInstance declined = start(true, false);
    Task review = task("Task_ReviewProposal");
    assertThat(review).hasName("审查系统移送破产建议：深圳某某实业有限公司（（2026）粤0303执1号）")
        .hasCandidateGroup("court-GD0303");
    complete(review, Map.of("proposalAccepted", false, "reviewNote", "被执行人已提供担保"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(declined).isEnded().hasPassed("End_ProposalDeclined").hasNotPassed("Task_RecordScreeningFacts");

    ProcessInstance accepted = start(true, false);
    complete(task("Task_ReviewProposal"), Map.of("proposalAccepted", true, "reviewNote", "多次终本，启动甄别"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(accepted).isWaitingAt("Task_RecordScreeningFacts");
  }

  @Test
  void theCollegialPanelOrThePresidentMayStopTheTransfer() {
    ProcessInstance refused = untilOpinionGiven();
    complete(task("Task_CollegialReview"), Map.of("reviewApproved", false, "reviewNote", "财产线索尚未查清"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(refused).isEnded().hasPassed("End_ReviewRefused").hasNotPassed("Task_PresidentSign");

    ProcessInstance unsigned = untilOpinionGiven();
    complete(task("Task_CollegialReview"), Map.of("reviewApproved", true, "reviewNote", "同意移送"));
    worker("bankruptcy.record-step", Map.of());
    Task sign = task("Task_PresidentSign");
    assertThat(sign).hasName("院长签署移送决定书：深圳某某实业有限公司（（2026）粤0303执1号）")
        .hasCandidateGroup("president-GD0303");
    complete(sign, Map.of("presidentSigned", false, "signNote", "请合议庭补充债务情况"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(unsigned).isEnded().hasPassed("End_NotSigned").hasNotPassed("Task_RecordDecision");
  }

  @Test
  void aBasicCourtSendingOutsideItsAreaNeedsItsIntermediateCourtsApproval() {
    ProcessInstance refused = untilSigned(true);
    Task approval = task("Task_IntermediateApproval");
    assertThat(approval).hasCandidateGroup("court-GD03");
    complete(approval, Map.of("approvalGranted", false, "approvalNote", "住所地认定有误"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(refused).isEnded().hasPassed("End_NotApproved").hasNotPassed("Task_ServeDecision");

    ProcessInstance approved = untilSigned(true);
    complete(task("Task_IntermediateApproval"), Map.of("approvalGranted", true, "approvalNote", "同意移送广州中院"));
    worker("bankruptcy.record-step", Map.of());
    worker("bankruptcy.record-decision", Map.of("serveDueAt", SERVE_DUE.toString(), "serveDueText", "2026年9月7日"));
    assertThat(task("Task_ServeDecision")).isNotNull();
    assertThat(approved).isWaitingAt("Task_ServeDecision").hasPassed("Task_IntermediateApproval");
  }

  @Test
  void aDecisionNotServedWithinFiveDaysIsFlaggedAndTheServiceStillRecorded() {
    ProcessInstance pi = untilSigned(false);
    worker("bankruptcy.record-decision", Map.of("serveDueAt", SERVE_DUE.toString(), "serveDueText", "2026年9月7日"));
    Task serve = task("Task_ServeDecision");
    assertThat(serve).hasDueDate(Date.from(SERVE_DUE.toInstant())).hasCandidateGroup("court-GD0303");
    timersFireAt(SERVE_DUE);
    worker("bankruptcy.flag-late-service", Map.of());
    assertThat(pi).isWaitingAt("Task_ServeDecision").hasPassed("Task_FlagLateService", "End_LateFlagged");
    complete(task("Task_ServeDecision"), Map.of("servedTo", "向申请执行人、被执行人邮寄送达"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Decided");
  }

  @Test
  void aCompletionThatFailsTheCheckIsRefusedWithTheReasonsAndTheTaskStaysOpen() {
    ProcessInstance pi = start(false, false);
    Task facts = task("Task_RecordScreeningFacts");
    processEngine.getTaskService().claim(facts.getId(), "officer-GD0303");
    Map<String, Object> bad = new HashMap<>();
    bad.put("stillOperating", "也许");
    bad.put("employees", -3);
    bad.put("assetsFoundYuan", "12.345");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(facts.getId(), bad))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stillOperating").hasMessageContaining("在职职工人数").hasMessageContaining("精确到分");
    assertThat(pi).isWaitingAt("Task_RecordScreeningFacts");
    assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().topicName("bankruptcy.screen").count())
        .isZero();

    ProcessInstance opinion = untilAwaitingConsent();
    consentGiven();
    Task judge = task("Task_JudgeOpinion", opinion);
    processEngine.getTaskService().claim(judge.getId(), "officer-GD0303");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(judge.getId(), Map.of("recommendTransfer", "yes")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("承办法官意见");
    assertThat(opinion).isWaitingAt("Task_JudgeOpinion");
  }

  // --- paths ---

  private ProcessInstance untilAwaitingConsent() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts", pi), screeningFacts());
    screen("ZOMBIE");
    worker("bankruptcy.ask-consent", consentAsked(false));
    assertThat(pi).isWaitingAt("Receive_Consent");
    return pi;
  }

  private ProcessInstance untilOpinionGiven() {
    ProcessInstance pi = start(false, false);
    complete(task("Task_RecordScreeningFacts", pi), screeningFacts());
    screen("ZOMBIE");
    worker("bankruptcy.ask-consent", consentAsked(true));
    complete(task("Task_JudgeOpinion", pi), Map.of("recommendTransfer", true, "opinion", "无财产、无人员、无账册，建议移送"));
    worker("bankruptcy.record-step", Map.of());
    assertThat(pi).isWaitingAt("Task_CollegialReview");
    return pi;
  }

  private ProcessInstance untilSigned(boolean needsApproval) {
    ProcessInstance pi = start(false, needsApproval);
    complete(task("Task_RecordScreeningFacts", pi), screeningFacts());
    screen("ZOMBIE");
    worker("bankruptcy.ask-consent", consentAsked(true));
    complete(task("Task_JudgeOpinion", pi), Map.of("recommendTransfer", true, "opinion", "建议移送"));
    worker("bankruptcy.record-step", Map.of());
    complete(task("Task_CollegialReview", pi), Map.of("reviewApproved", true, "reviewNote", "同意移送"));
    worker("bankruptcy.record-step", Map.of());
    complete(task("Task_PresidentSign", pi), Map.of("presidentSigned", true));
    worker("bankruptcy.record-step", Map.of());
    return pi;
  }

  private void decideAndServe(ProcessInstance pi) {
    Task opinion = task("Task_JudgeOpinion", pi);
    assertThat(opinion).hasName("承办法官提出移送意见：深圳某某实业有限公司（（2026）粤0303执1号）").hasCandidateGroup("court-GD0303");
    complete(opinion, Map.of("recommendTransfer", true, "opinion", "无财产、无人员、无账册，建议移送"));
    worker("bankruptcy.record-step", Map.of());
    complete(task("Task_CollegialReview", pi), Map.of("reviewApproved", true, "reviewNote", "同意移送"));
    worker("bankruptcy.record-step", Map.of());
    complete(task("Task_PresidentSign", pi), Map.of("presidentSigned", true));
    worker("bankruptcy.record-step", Map.of());
    worker("bankruptcy.record-decision", Map.of("serveDueAt", SERVE_DUE.toString(), "serveDueText", "2026年9月7日"));
    Task serve = task("Task_ServeDecision", pi);
    assertThat(serve).hasDueDate(Date.from(SERVE_DUE.toInstant()));
    complete(serve, Map.of("servedTo", "直接送达申请执行人、被执行人"));
    worker("bankruptcy.record-step", Map.of());
  }

  // --- helpers ---

  /** What BankruptcyTransferService.open passes to the process. */
  private ProcessInstance start(boolean proposed, boolean needsApproval) {
    Map<String, Object> v = new HashMap<>();
    v.put("transferId", TRANSFER);
    v.put("debtorName", "深圳某某实业有限公司");
    v.put("debtorUscc", "91350100M000100Y43");
    v.put("caseId", "case-1");
    v.put("caseNumber", "（2026）粤0303执1号");
    v.put("startReason", "多次终本");
    v.put("proposed", proposed);
    v.put("executingCourtGroup", "court-GD0303");
    v.put("presidentGroup", "president-GD0303");
    v.put("needsApproval", needsApproval);
    v.put("approvalGroup", needsApproval ? "court-GD03" : "");
    v.put("receivingCourtName", needsApproval ? "广东省广州市中级人民法院" : "广东省深圳市中级人民法院");
    return processEngine.getRuntimeService().startProcessInstanceByKey("bankruptcy-transfer", TRANSFER, v);
  }

  private static Map<String, Object> screeningFacts() {
    Map<String, Object> v = new HashMap<>();
    v.put("stillOperating", false);
    v.put("booksKept", false);
    v.put("staffRemaining", false);
    v.put("brandOrLicences", false);
    v.put("employees", 0L);
    v.put("assetsFoundYuan", "0");
    return v;
  }

  private LockedExternalTask screen(String outcome) {
    return worker("bankruptcy.screen", Map.of("screeningOutcome", outcome, "screeningRule", "R2",
        "screeningReason", "规则2：……"));
  }

  private static Map<String, Object> consentAsked(boolean consented) {
    return Map.of("consentDueAt", CONSENT_DUE.toString(), "consentDueText", "2026年9月16日", "consented", consented);
  }

  private void consentGiven() {
    processEngine.getRuntimeService().createMessageCorrelation("BankruptcyConsentGiven")
        .processInstanceBusinessKey(TRANSFER).correlateWithResult();
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

  private Task task(String key, ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    assertThat(task).as("task to complete").isNotNull();
    processEngine.getTaskService().claim(task.getId(), "officer-GD0303");
    processEngine.getTaskService().complete(task.getId(), variables);
    assertThat(processEngine.getRuntimeService().getVariable(task.getProcessInstanceId(), "stepBy"))
        .isEqualTo("officer-GD0303");
  }

  private String formRef(Task task) {
    return processEngine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
  }

  private static void clockAt(OffsetDateTime when) {
    ClockUtil.setCurrentTime(Date.from(when.toInstant()));
  }

  /** The clock reaches {@code when}: nothing may be due a minute before, something must be due then. */
  private void timersFireAt(OffsetDateTime when) {
    var management = processEngine.getManagementService();
    clockAt(when.minusMinutes(1));
    assertThat(management.createJobQuery().timers().executable().list()).as("timers due before " + when).isEmpty();
    clockAt(when);
    var due = management.createJobQuery().timers().executable().list();
    assertThat(due).as("due timers").isNotEmpty();
    due.forEach(job -> management.executeJob(job.getId()));
  }
}
