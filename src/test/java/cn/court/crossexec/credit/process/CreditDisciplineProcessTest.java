package cn.court.crossexec.credit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import java.time.LocalDate;
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
 * credit-discipline with the real models and both real decision tables: the test plays the workers (their results are
 * what the model routes on), the officers and the messages CreditService sends, and moves the engine clock to every
 * timer (grace, review of the term, the 3-working-day removal limit counted by the legal calendar).
 */
@Deployment(resources = {"bpmn/credit-discipline.bpmn", "bpmn/dishonesty-classification.dmn",
    "bpmn/dishonesty-grading.dmn", "forms/credit-record-facts.form", "forms/credit-decide-listing.form",
    "forms/credit-review-correction.form", "forms/credit-confirm-removal.form"})
class CreditDisciplineProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String CASE = "case-1";
  private static final String DISCIPLINE = "disc-1";
  private static final String WORKER = "test";
  private static final ZoneId COURT = ZoneId.of("Asia/Shanghai");
  private static final LegalCalendar CALENDAR = LegalCalendar.official();

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
  void anUnableDebtorIsNeverListedWhateverElseIsRecorded() {
    ProcessInstance pi = start();
    Task facts = task("Task_RecordFacts");
    assertThat(facts).hasName("查明履行能力与失信情形：张三（（2026）粤0303执1号）").hasCandidateGroup("court-GD0303");
    complete(facts, Map.of());
    // the DMN reads what the worker checked: unable, yet a ground, violence and a large amount are recorded
    Map<String, Object> found = facts(false, "OBSTRUCTS");
    found.put("violenceOrThreats", true);
    found.put("outstandingFen", 900_000_000L);
    worker("credit.record-facts", found);
    LockedExternalTask classified = worker("credit.record-classification", Map.of());
    assertThat(classified.getVariables()).containsEntry("classification", "UNABLE");
    assertThat((String) classified.getVariables().get("classificationReason")).contains("失能");
    assertThat(pi).isEnded().hasPassed("End_NotListed").hasNotPassed("Task_Grade", "Task_DecideListing", "Task_Publish");
  }

  @Test
  void factsThatFailTheCheckGoBackToTheOfficerWithTheReasons() {
    ProcessInstance pi = start();
    complete(task("Task_RecordFacts"), Map.of());
    error("credit.record-facts", "CREDIT_FACTS_INVALID", "失信情形“违反财产报告制度”须附证据");
    assertThat(pi).isWaitingAt("Task_RecordFacts").variables().containsEntry("factsErrors", "失信情形“违反财产报告制度”须附证据");
  }

  @Test
  void aGeneralListingRunsItsTwoYearsAndIsThenRemovedAndRepaired() {
    ProcessInstance pi = untilDecision(facts(true, "EVADES"));
    assertThat(pi).variables().containsEntry("grade", "GENERAL").containsEntry("measures", "LISTING")
        .containsEntry("baseTermMonths", 24).containsEntry("graceAllowed", true);
    assertThat(formRef(task("Task_DecideListing"))).isEqualTo("credit-decide-listing");
    complete(task("Task_DecideListing"), Map.of("listingApproved", true));
    worker("credit.record-decision", Map.of("listingDecided", true, "graceGranted", false));
    OffsetDateTime termEnd = OffsetDateTime.parse("2028-09-01T00:00:00+08:00");
    worker("credit.publish", Map.of("reviewAt", termEnd.toString()));
    assertThat(pi).isWaitingAt("Timer_Review").hasNotPassed("Task_NotifyGrace");

    timersFireAt(termEnd);
    worker("credit.review-term", Map.of("termEnded", true, "removalCause", "TERM_ENDED"));
    LockedExternalTask removed = worker("credit.remove", Map.of("removalCause", "TERM_ENDED"));
    assertThat(removed.getVariables()).containsEntry("disciplineId", DISCIPLINE);
    assertThat(pi).isEnded().hasPassed("End_TermEnded", "Task_Remove", "End_Repaired").hasNotPassed("Task_ConfirmRemoval");
  }

  @Test
  void aReviewThatFindsTheTermStillRunningWaitsForTheNextReview() {
    ProcessInstance pi = untilListed(facts(true, "EVADES"), OffsetDateTime.parse("2027-03-01T00:00:00+08:00"));
    timersFireAt(OffsetDateTime.parse("2027-03-01T00:00:00+08:00"));
    OffsetDateTime later = OffsetDateTime.parse("2028-09-15T00:00:00+08:00");
    worker("credit.review-term", Map.of("termEnded", false, "reviewAt", later.toString()));
    assertThat(pi).isWaitingAt("Timer_Review");
    timersFireAt(later);
    worker("credit.review-term", Map.of("termEnded", true, "removalCause", "PAID_IN_FULL"));
    worker("credit.remove", Map.of("removalCause", "PAID_IN_FULL"));
    assertThat(pi).isEnded().hasPassed("End_Repaired");
  }

  @Test
  void aMinorDebtorInGraceWhoPaysInTimeIsNeverPublished() {
    Map<String, Object> found = facts(true, "REFUSES_DESPITE_ABILITY");
    found.put("outstandingFen", 1_000_000L);
    ProcessInstance pi = untilDecision(found);
    assertThat(pi).variables().containsEntry("grade", "MINOR").containsEntry("measures", "RESTRICTION_ONLY");
    complete(task("Task_DecideListing"), Map.of("listingApproved", true, "graceGranted", true, "graceMonths", 2));
    worker("credit.record-decision", Map.of("listingDecided", true, "graceGranted", true, "graceMonths", 2));
    OffsetDateTime graceEnd = CALENDAR.periodEnd(LocalDate.of(2026, 9, 1), java.time.Period.ofMonths(2));
    LockedExternalTask notice = worker("credit.notify-grace", Map.of("graceEndsAt", graceEnd.toString()));
    assertThat(notice.getVariables()).containsEntry("graceMonths", 2);
    assertThat(pi).isWaitingAt("Timer_GraceEnds");

    // paid within the grace period: CreditService.removeFor(PAID_IN_FULL) sends the message
    clockAt(OffsetDateTime.parse("2026-10-20T09:00:00+08:00"));
    OffsetDateTime due = CALENDAR.workingDaysEnd(LocalDate.of(2026, 10, 20), 3);
    removalRequested(due);
    Task confirm = task("Task_ConfirmRemoval");
    assertThat(confirm).hasCandidateGroup("court-GD0303").hasDueDate(Date.from(due.toInstant()));
    complete(confirm, Map.of());
    worker("credit.remove", Map.of("removalCause", "PAID_IN_FULL"));
    assertThat(pi).isEnded().hasPassed("Task_NotifyGrace", "Task_ConfirmRemoval", "End_Repaired")
        .hasNotPassed("Task_Publish", "Task_ReviewTerm");
  }

  @Test
  void afterTheGracePeriodTheRestrictionIsImposed() {
    Map<String, Object> found = facts(true, "BREACHES_SETTLEMENT");
    found.put("outstandingFen", 1_000_000L);
    ProcessInstance pi = untilDecision(found);
    complete(task("Task_DecideListing"), Map.of("listingApproved", true));
    worker("credit.record-decision", Map.of("listingDecided", true, "graceGranted", true, "graceMonths", 1));
    OffsetDateTime graceEnd = OffsetDateTime.parse("2026-10-09T00:00:00+08:00");
    worker("credit.notify-grace", Map.of("graceEndsAt", graceEnd.toString()));
    timersFireAt(graceEnd);
    worker("credit.publish", Map.of("reviewAt", "2027-04-09T00:00:00+08:00"));
    assertThat(pi).isWaitingAt("Timer_Review").hasPassed("Timer_GraceEnds", "Task_Publish");
  }

  @Test
  void aRemovalTheCourtDoesNotActOnIsDoneByTheSystemAtTheEndOfTheThirdWorkingDayOverTheNationalHoliday() {
    ProcessInstance pi = untilListed(facts(true, "OBSTRUCTS"), OffsetDateTime.parse("2028-09-01T00:00:00+08:00"));
    assertThat(pi).variables().containsEntry("grade", "SERIOUS").containsEntry("minExtensionMonths", 12)
        .containsEntry("maxExtensionMonths", 36);

    // paid on Wed 30 Sep 2026: 1-7 Oct is the National Day holiday, Thu 8 and Fri 9 are working days, and Sat 10 Oct is
    // a make-up working day: the third working day is Saturday 10 October, so the limit ends at 24:00 that day
    clockAt(OffsetDateTime.parse("2026-09-30T16:00:00+08:00"));
    OffsetDateTime due = CALENDAR.workingDaysEnd(LocalDate.of(2026, 9, 30), 3);
    assertThat(due).isEqualTo(OffsetDateTime.parse("2026-10-11T00:00:00+08:00"));
    removalRequested(due);
    assertThat(pi).isWaitingAt("Task_ConfirmRemoval");

    timersFireAt(due);
    worker("credit.remove", Map.of("removalCause", "PAID_IN_FULL"));
    assertThat(pi).isEnded().hasPassed("Timer_RemovalDue", "End_Repaired").hasNotPassed("End_TermEnded");
    assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void aWrongListingFoundOnACorrectionRequestIsRemovedAtOnce() {
    ProcessInstance pi = untilListed(facts(true, "EVADES"), OffsetDateTime.parse("2028-09-01T00:00:00+08:00"));
    OffsetDateTime reviewDue = CALENDAR.periodEnd(LocalDate.of(2026, 9, 1), java.time.Period.ofDays(15));
    correctionRequested(reviewDue);
    Task review = task("Task_ReviewCorrection");
    assertThat(review).hasCandidateGroup("court-GD0303").hasDueDate(Date.from(reviewDue.toInstant()));
    assertThat(pi).isWaitingAt("Timer_Review", "Task_ReviewCorrection");

    complete(review, Map.of("listingWrong", true, "correctionNote", "被执行人已提供充分担保，纳入错误"));
    error("credit.record-correction", "CREDIT_WRONG_LISTING", "纳入错误，予以纠正");
    worker("credit.remove", Map.of("removalCause", "WRONG_LISTING"));
    assertThat(pi).isEnded().hasPassed("Boundary_WrongListing", "End_Repaired").hasNotPassed("End_TermEnded");
    assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void aRejectedCorrectionLeavesTheListingRunning() {
    ProcessInstance pi = untilListed(facts(true, "EVADES"), OffsetDateTime.parse("2028-09-01T00:00:00+08:00"));
    correctionRequested(OffsetDateTime.parse("2026-09-17T00:00:00+08:00"));
    complete(task("Task_ReviewCorrection"), Map.of("listingWrong", false));
    error("credit.record-correction", "CREDIT_CORRECTION_INVALID", "请写明审查意见（2000 字以内）");
    assertThat(pi).isWaitingAt("Timer_Review", "Task_ReviewCorrection");
    complete(task("Task_ReviewCorrection"), Map.of("listingWrong", false, "correctionNote", "纳入依据充分"));
    worker("credit.record-correction", Map.of());
    assertThat(pi).isWaitingAt("Timer_Review").hasPassed("End_CorrectionRejected");
  }

  @Test
  void aDecisionThatFailsTheCheckGoesBackAndADeclinedOneEnds() {
    ProcessInstance pi = untilDecision(facts(true, "EVADES"));
    complete(task("Task_DecideListing"), Map.of("listingApproved", true, "extensionMonths", 12));
    error("credit.record-decision", "CREDIT_DECISION_INVALID", "“一般失信”不得延长纳入期限");
    assertThat(pi).isWaitingAt("Task_DecideListing").variables()
        .containsEntry("decisionErrors", "“一般失信”不得延长纳入期限");
    complete(task("Task_DecideListing"), Map.of("listingApproved", false));
    worker("credit.record-decision", Map.of("listingDecided", false, "graceGranted", false));
    assertThat(pi).isEnded().hasPassed("End_Declined").hasNotPassed("SubProcess_UnderDiscipline");
  }

  @Test
  void everyExclusionEndsTheProposalWithItsReason() {
    for (String exclusion : List.of("minor", "securityGiven", "assetsCoverDebt", "laterInOrder")) {
      ProcessInstance pi = start();
      complete(task("Task_RecordFacts"), Map.of());
      Map<String, Object> found = facts(true, "REFUSES_DESPITE_ABILITY");
      found.put(exclusion, true);
      worker("credit.record-facts", found);
      LockedExternalTask classified = worker("credit.record-classification", Map.of());
      assertThat(classified.getVariables()).as(exclusion).containsEntry("classification", "EXCLUDED");
      assertThat(pi).isEnded().hasPassed("End_NotListed");
    }
  }

  // --- paths ---

  private ProcessInstance untilDecision(Map<String, Object> found) {
    ProcessInstance pi = start();
    complete(task("Task_RecordFacts"), Map.of());
    worker("credit.record-facts", found);
    LockedExternalTask classified = worker("credit.record-classification", Map.of());
    assertThat(classified.getVariables()).containsEntry("classification", "DISHONEST");
    assertThat(pi).isWaitingAt("Task_DecideListing");
    return pi;
  }

  private ProcessInstance untilListed(Map<String, Object> found, OffsetDateTime reviewAt) {
    ProcessInstance pi = untilDecision(found);
    complete(task("Task_DecideListing"), Map.of("listingApproved", true));
    worker("credit.record-decision", Map.of("listingDecided", true, "graceGranted", false));
    worker("credit.publish", Map.of("reviewAt", reviewAt.toString()));
    assertThat(pi).isWaitingAt("Timer_Review");
    return pi;
  }

  // --- helpers ---

  /** What CreditService.propose passes to the process. */
  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey("credit-discipline", CASE, Map.of(
        "disciplineId", DISCIPLINE, "caseId", CASE, "caseNumber", "（2026）粤0303执1号", "debtorName", "张三",
        "executingCourtGroup", "court-GD0303"));
  }

  /** What credit.record-facts completes with: the inputs of both decision tables. */
  private static Map<String, Object> facts(boolean able, String ground) {
    Map<String, Object> v = new HashMap<>();
    v.put("minor", false);
    v.put("ableToPerform", able);
    v.put("securityGiven", false);
    v.put("assetsCoverDebt", false);
    v.put("laterInOrder", false);
    v.put("ground", ground);
    v.put("violenceOrThreats", false);
    v.put("repeatListing", false);
    v.put("evasion", false);
    v.put("outstandingFen", 20_000_000L);
    return v;
  }

  /** CreditEvents.RemovalRequested as CreditProcess delivers it. */
  private void removalRequested(OffsetDateTime due) {
    processEngine.getRuntimeService().createMessageCorrelation("CreditRemovalRequested").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("disciplineId", DISCIPLINE).setVariable("removalDueAt", due.toString())
        .correlateWithResult();
  }

  private void correctionRequested(OffsetDateTime due) {
    processEngine.getRuntimeService().createMessageCorrelation("CorrectionRequested").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("disciplineId", DISCIPLINE).setVariable("correctionDueAt", due.toString())
        .correlateWithResult();
  }

  private LockedExternalTask worker(String topic, Map<String, Object> result) {
    List<LockedExternalTask> found = processEngine.getExternalTaskService().fetchAndLock(10, WORKER)
        .topic(topic, 60_000L).execute();
    assertThat(found).as("external tasks on " + topic).hasSize(1);
    processEngine.getExternalTaskService().complete(found.get(0).getId(), WORKER, result);
    return found.get(0);
  }

  private void error(String topic, String code, String message) {
    List<LockedExternalTask> found = processEngine.getExternalTaskService().fetchAndLock(10, WORKER)
        .topic(topic, 60_000L).execute();
    assertThat(found).as("external tasks on " + topic).hasSize(1);
    processEngine.getExternalTaskService().handleBpmnError(found.get(0).getId(), WORKER, code, message);
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
