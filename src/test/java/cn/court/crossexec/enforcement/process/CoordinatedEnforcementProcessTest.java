package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path, timer, message and error of coordinated-enforcement, on the real model and the models it calls
 * (asset-inquiry-source, joint-work-item, control-measure); the test plays the job workers and the people. Inside
 * SubProcess_Enforcement three tracks run at once (main line, coordinator's desk, limit watch), so external tasks are
 * always fetched by topic and user tasks found by their key.
 */
@Deployment(resources = {
    "bpmn/coordinated-enforcement.bpmn",
    "bpmn/asset-inquiry-source.bpmn",
    "bpmn/joint-work-item.bpmn",
    "bpmn/control-measure.bpmn",
    "bpmn/asset-disposal.bpmn",
    "forms/acknowledge-file.form",
    "forms/serve-notice.form",
    "forms/overdue-escalation.form",
    "forms/decide-next-step.form",
    "forms/assign-work-item.form",
    "forms/approve-extension.form",
    "forms/verify-settlement.form",
    "forms/work-item-report.form",
    "forms/renew-measure.form"})
class CoordinatedEnforcementProcessTest extends EnforcementProcessTestSupport {

  @RegisterExtension
  static ProcessEngineExtension engine = processEngineExtension();

  private static final String CASE_NUMBER = "（2026）粤03执协1号";
  private static final String COURT = "court-GD0303";
  private static final String CENTRE = "command-centre-GD03";
  private static final String OFFICER = "officer-GD0303";
  private static final String COORDINATOR = "coordinator-GD03";
  private static final String PRESIDENT = "president-GD0303";
  private static final String CLOSE = "enforcement.close-case";

  // --- hand-over and investigation ---

  @Test
  void caseIsHandedOverWithinItsDeadlinesAndInvestigatedSourceBySource() {
    ProcessInstance pi = startCase();
    LockedExternalTask prepare = worker("enforcement.prepare-case", prepared());
    assertThat(prepare.getVariables()).containsEntry("caseId", CASE);

    // three tracks at once: the executing court's main line, the coordinator's desk, the limit watch
    Task acknowledge = taskAt(pi, "Task_AcknowledgeFile");
    assertThat(acknowledge).hasCandidateGroup(COURT).hasDueDate(days(7));
    assertThat(formRef(acknowledge)).isEqualTo("acknowledge-file");
    assertThat(timerDueAt("Timer_HandlerOverdue")).isEqualTo(days(7));
    Task desk = taskAt(pi, "Task_CoordinateJointWork");
    assertThat(desk).hasCandidateGroup(CENTRE);
    assertThat(formRef(desk)).isEqualTo("assign-work-item");
    assertThat(pi).isWaitingAt("Task_AcknowledgeFile", "Task_CoordinateJointWork", "Task_ComputeLimit");
    worker("enforcement.compute-limit", limit(days(150)));

    complete(acknowledge, OFFICER, acknowledged());
    LockedExternalTask handler = worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(3)), "noticeDueText", "三日内"));
    assertThat(handler.getVariables()).containsEntry("handlerAssignedBy", OFFICER).containsEntry("handlerName", "李法官");

    Task notice = taskAt(pi, "Task_ServeNotice");
    assertThat(notice).hasCandidateGroup(COURT).hasDueDate(days(3));
    assertThat(formRef(notice)).isEqualTo("serve-notice");
    assertThat(timerDueAt("Timer_NoticeOverdue")).isEqualTo(days(3));
    complete(notice, OFFICER, served());
    LockedExternalTask recordNotice = worker("enforcement.record-notice", Map.of());
    assertThat(recordNotice.getVariables()).containsEntry("noticeServedBy", OFFICER).containsEntry("noticeServedOn", "2026-11-27");

    openRound(1);
    assertThat(timerDueAt("Timer_InvestigationOverdue")).isEqualTo(days(30));
    // one called instance per source (cardinality inquirySourceCount), each under the case id
    List<ProcessInstance> sources = called(pi, "asset-inquiry-source");
    assertThat(sources).hasSize(2).allSatisfy(source -> {
      assertThat(source.getBusinessKey()).isEqualTo(CASE);
      assertThat(variable(source, "inquiryRound")).isEqualTo(1);
      assertThat(variable(source, "inquirySources")).isEqualTo("BANK,VEHICLE");
      assertThat(variable(source, "inquiryAnswerTimeout")).isEqualTo("PT48H");
    });
    assertThat(sources).extracting(source -> variable(source, "inquiryIndex")).containsExactlyInAnyOrder(0, 1);
    answerAllSources("FOUND");
    LockedExternalTask summary = worker("enforcement.summarize-investigation", summarized(true));
    assertThat(summary.getVariables()).containsEntry("inquiryRound", 1);

    Task decide = taskAt(pi, "Task_DecideNextStep");
    assertThat(decide).hasCandidateGroup(COURT);
    assertThat(formRef(decide)).isEqualTo("decide-next-step");
    assertThat(pi).hasPassed("CallActivity_Investigation")
        .hasNotPassed("Task_RemindHandlerOverdue", "Task_RemindNoticeOverdue", "Task_RemindInvestigationOverdue");
  }

  @Test
  void disposalAndCreditComeBackToTheDecisionAndReinvestigationOpensANewRound() {
    ProcessInstance pi = untilDecision();
    decide("DISPOSE");
    LockedExternalTask disposal = worker("enforcement.hand-off-disposal", Map.of());
    assertThat(disposal.getVariables()).containsEntry("nextStepDecidedBy", OFFICER).containsEntry("nextStepReason", "DISPOSE");
    // two assets under seal: one disposal process each, in parallel; the case goes on when both have ended
    worker("disposal.select-assets", Map.of("disposalIds", "d-1,d-2", "disposalCount", 2));
    List<ProcessInstance> disposals = called(pi, "asset-disposal");
    assertThat(disposals).hasSize(2).allSatisfy(d -> assertThat(d.getBusinessKey()).isEqualTo(CASE));
    assertThat(disposals).extracting(d -> variable(d, "disposalIndex")).containsExactlyInAnyOrder(0, 1);
    assertThat(disposals).extracting(d -> variable(d, "executingCourtGroup")).containsOnly("court-GD0303");
    for (LockedExternalTask open : fetch("disposal.open", 2)) {
      complete(open, Map.of("holdState", "NONE", "directRealization", true, "assetLabel", "存款", "valuationDueAt", iso(days(30))));
    }
    for (org.camunda.bpm.engine.task.Task realize : tasks.createTaskQuery().taskDefinitionKey("Task_RealizeDirectly").list()) {
      complete(realize, OFFICER, Map.of("realizationMethod", "DEDUCTION", "realizedYuan", 100, "realizationNote", "扣划"));
    }
    fetch("disposal.record-realization", 2).forEach(t -> complete(t, Map.of()));
    assertThat(running("asset-disposal")).isEmpty();
    LockedExternalTask summary = worker("disposal.summarize", Map.of("distributableFen", 20_000L));
    assertThat(summary.getBusinessKey()).isEqualTo(CASE);
    decide("CREDIT");
    worker("enforcement.hand-off-credit", Map.of());
    decide("REINVESTIGATE");

    openRound(2);
    assertThat(called(pi, "asset-inquiry-source")).hasSize(2)
        .allSatisfy(source -> assertThat(variable(source, "inquiryRound")).isEqualTo(2));
    answerAllSources("NONE");
    worker("enforcement.summarize-investigation", summarized(false));
    assertThat(pi).isWaitingAt("Task_DecideNextStep").hasPassed("Task_HandOffDisposal", "CallActivity_Disposal", "Task_SummarizeDisposals", "Task_HandOffCredit");
  }

  // --- overdue steps ---

  @Test
  void handlerNotNamedInTimeIsRemindedAndEscalatedWhileTheCourtMayStillAcknowledge() {
    ProcessInstance pi = startAndPrepare();
    timersFireAt(days(7));

    LockedExternalTask remind = worker("enforcement.remind-overdue", Map.of("overdueStepText", "未按期指定承办人"));
    assertThat(remind.getVariables()).containsEntry("overdueStep", "HANDLER");
    Task escalation = taskAt(pi, "Task_EscalateHandlerOverdue");
    assertThat(escalation).hasCandidateGroup(CENTRE);
    assertThat(formRef(escalation)).isEqualTo("overdue-escalation");
    assertThat(taskAt(pi, "Task_AcknowledgeFile")).isNotNull(); // the reminder does not take the file away

    complete(escalation, COORDINATOR, Map.of("supervisionAction", "URGE", "supervisionNote", "请即日指定承办人"));
    LockedExternalTask record = worker("enforcement.record-supervision", Map.of());
    assertThat(record.getVariables()).containsEntry("supervisedBy", COORDINATOR)
        .containsEntry("overdueStepText", "未按期指定承办人").containsEntry("supervisionAction", "URGE");
    assertThat(pi).hasPassed("End_HandlerOverdueHandled");

    complete(taskAt(pi, "Task_AcknowledgeFile"), OFFICER, acknowledged());
    worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(10))));
    assertThat(pi).isWaitingAt("Task_ServeNotice");
  }

  @Test
  void noticeNotServedInTimeIsRemindedAndEscalated() {
    ProcessInstance pi = startAndPrepare();
    complete(taskAt(pi, "Task_AcknowledgeFile"), OFFICER, acknowledged());
    worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(3))));
    timersFireAt(days(3));

    LockedExternalTask remind = worker("enforcement.remind-overdue", Map.of("overdueStepText", "未按期发出执行通知"));
    assertThat(remind.getVariables()).containsEntry("overdueStep", "NOTICE");
    Task escalation = taskAt(pi, "Task_EscalateNoticeOverdue");
    assertThat(escalation).hasCandidateGroup(CENTRE);
    assertThat(formRef(escalation)).isEqualTo("overdue-escalation");
    complete(escalation, COORDINATOR, Map.of("supervisionAction", "TALK", "supervisionNote", "约谈承办人"));
    worker("enforcement.record-supervision", Map.of());

    assertThat(pi).hasPassed("End_NoticeOverdueHandled").isWaitingAt("Task_ServeNotice");
    complete(taskAt(pi, "Task_ServeNotice"), OFFICER, served());
    worker("enforcement.record-notice", Map.of());
    assertThat(pi).isWaitingAt("Task_OpenInquiryRound");
  }

  @Test
  void twoOverlappingHandOverEscalationsKeepTheirOwnStepAndSupervisor() {
    ProcessInstance pi = startAndPrepare();
    timersFireAt(days(7));
    worker("enforcement.remind-overdue", Map.of("overdueStepText", "未按期指定承办人"));
    Task handlerEscalation = taskAt(pi, "Task_EscalateHandlerOverdue");

    // the court acknowledges late, then is late with the notice too, while the first escalation is still open
    complete(taskAt(pi, "Task_AcknowledgeFile"), OFFICER, acknowledged());
    worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(10))));
    timersFireAt(days(10));
    worker("enforcement.remind-overdue", Map.of("overdueStepText", "未按期发出执行通知"));
    Task noticeEscalation = taskAt(pi, "Task_EscalateNoticeOverdue");
    assertThat(handlerEscalation).isNotNull();
    assertThat(noticeEscalation).isNotNull();

    complete(handlerEscalation, COORDINATOR, Map.of("supervisionAction", "URGE", "supervisionNote", "请即日指定承办人"));
    LockedExternalTask first = worker("enforcement.record-supervision", Map.of());
    assertThat(first.getVariables()).containsEntry("overdueStepText", "未按期指定承办人")
        .containsEntry("supervisedBy", COORDINATOR).containsEntry("supervisionAction", "URGE");

    complete(noticeEscalation, "coordinator-2", Map.of("supervisionAction", "TALK", "supervisionNote", "约谈承办人"));
    LockedExternalTask second = worker("enforcement.record-supervision", Map.of());
    assertThat(second.getVariables()).containsEntry("overdueStepText", "未按期发出执行通知")
        .containsEntry("supervisedBy", "coordinator-2").containsEntry("supervisionAction", "TALK");
    assertThat(pi).hasPassed("End_HandlerOverdueHandled", "End_NoticeOverdueHandled");
    // nothing of either escalation is left on the case's process
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("overdueStepText", "supervisedBy", "supervisionAction");
  }

  @Test
  void investigationNotDoneWithinAMonthIsRemindedWhileTheInquiriesGoOn() {
    ProcessInstance pi = startAndPrepare();
    handOver(pi);
    openRound(1);
    // the bank answers, the vehicle registry's request is still being sent when the month is over
    List<LockedExternalTask> sends = fetch("enforcement.send-asset-inquiry", 2);
    sendAndAnswer(sends.get(0));
    worker("enforcement.record-inquiry-outcome", Map.of("inquiryOutcome", "NONE"));
    timersFireAt(days(30));

    LockedExternalTask remind = worker("enforcement.remind-overdue", Map.of("overdueStepText", "网络执行查控逾期"));
    assertThat(remind.getVariables()).containsEntry("overdueStep", "INVESTIGATION");
    assertThat(pi).hasPassed("End_InvestigationOverdueReminded").isWaitingAt("CallActivity_Investigation");

    sendAndAnswer(fetch("enforcement.send-asset-inquiry", 1).get(0));
    worker("enforcement.record-inquiry-outcome", Map.of("inquiryOutcome", "FOUND"));
    worker("enforcement.summarize-investigation", summarized(true));
    assertThat(pi).isWaitingAt("Task_DecideNextStep");
  }

  // --- closing decisions ---

  @Test
  void terminationClosesTheCaseAndEndsEveryTrack() {
    ProcessInstance pi = untilDecision();
    decide("TERMINATE");

    assertThat(taskAt(pi, "Task_CoordinateJointWork")).isNull();
    LockedExternalTask close = worker(CLOSE, Map.of());
    assertThat(close.getVariables()).containsEntry("closingKind", "TERMINATED").containsEntry("nextStepReason", "TERMINATE");
    assertThat(pi).isEnded().hasPassed("End_Terminate", "Error_CaseTerminated", "End_Terminated");
  }

  @Test
  void bankruptcyTransferClosesTheCaseButItsMeasuresStayWatched() {
    ProcessInstance pi = untilDecision();
    correlate("MeasureTaken", Map.of("measureId", "7"));
    worker("enforcement.load-measure", effective(days(200), days(230)));
    decide("BANKRUPTCY");
    worker("enforcement.hand-off-bankruptcy", Map.of());

    LockedExternalTask close = worker(CLOSE, Map.of());
    assertThat(close.getVariables()).containsEntry("closingKind", "BANKRUPTCY_TRANSFER");
    // the measures stay in force during the bankruptcy review: the case's process lives until their watch ends
    assertThat(pi).hasPassed("End_Bankruptcy", "Error_CaseBankruptcy", "End_Bankruptcy_Transferred").isNotEnded();
    measureChanged("7");
    worker("enforcement.load-measure", Map.of("measureStatus", "ENDED"));
    assertThat(pi).isEnded().hasPassed("End_MeasureEnded");
  }

  @Test
  void forNowIsRefusedWhileItsConditionsAreUnmetThenClosesTheCaseForNow() {
    ProcessInstance pi = untilDecision();
    decide("TERMINATE_FOR_NOW");
    LockedExternalTask refused = workerError("enforcement.check-for-now-conditions", "FOR_NOW_CONDITIONS_UNMET", "未约谈申请执行人");
    assertThat(refused.getVariables()).containsEntry("nextStepDecidedBy", OFFICER).containsEntry("noDisposableAssets", true);
    assertThat(pi).hasPassed("Boundary_ForNowConditionsUnmet").isWaitingAt("Task_DecideNextStep");
    assertThat(pi).variables().containsEntry("forNowErrors", "未约谈申请执行人");

    decide("TERMINATE_FOR_NOW");
    worker("enforcement.check-for-now-conditions", Map.of());
    LockedExternalTask close = worker(CLOSE, Map.of("requeriesLeft", 10));
    assertThat(close.getVariables()).containsEntry("closingKind", "TERMINATED_FOR_NOW");

    // enforcement is over: no desk, no limit watch; the case waits for its six-monthly re-query or a resumption
    assertThat(pi).hasPassed("End_TerminateForNow", "Error_CaseTerminateForNow").isWaitingAt("Gateway_AwaitRequery");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(timerDueAt("Timer_Requery")).isEqualTo(monthsFromNow(6));
    assertThatThrownBy(() -> correlate("WorkItemAssigned", workItem("44", "court-GD0304", days(10))))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThatThrownBy(() -> correlate("SettlementReached", settlement(days(40))))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  // --- after 终本 ---

  @Test
  void inForNowTheAssetsAreRequeriedEverySixMonthsAndFoundAssetsResumeTheCase() {
    ProcessInstance pi = untilForNow();
    timersFireAt(monthsFromNow(6));
    openRound(2);
    assertThat(pi).isWaitingAt("CallActivity_Requery");
    assertThat(called(pi, "asset-inquiry-source")).hasSize(2);
    answerAllSources("NONE");
    LockedExternalTask evaluate = worker("enforcement.evaluate-requery", requeried(false, 9));
    assertThat(evaluate.getVariables()).containsEntry("inquiryRound", 2);
    assertThat(pi).isWaitingAt("Gateway_AwaitRequery");

    timersFireAt(monthsFromNow(6));
    openRound(3);
    answerAllSources("FOUND");
    worker("enforcement.evaluate-requery", requeried(true, 8));
    LockedExternalTask resume = worker("enforcement.resume-case", resumed());
    assertThat(resume.getVariables()).containsEntry("resumptionReason", "终本后复查发现可供执行的财产")
        .containsEntry("assetsFound", true);
    worker("enforcement.assign-resumption-leads", Map.of("resumptionLeadItems", 0));

    // back in enforcement without a new hand-over: straight to a new inquiry round, desk and limit watch open again
    assertThat(pi).isWaitingAt("Task_OpenInquiryRound", "Task_CoordinateJointWork", "Task_ComputeLimit");
    assertThat(taskAt(pi, "Task_AcknowledgeFile")).isNull();
    assertThat(timerJobs("Timer_HandlerOverdue")).isZero();
  }

  @Test
  void creditorsLeadDuringAReQueryRoundResumesAtOnce() {
    ProcessInstance pi = untilForNow();
    timersFireAt(monthsFromNow(6));
    openRound(2);
    assertThat(pi).isWaitingAt("CallActivity_Requery");
    correlate("ResumptionRequested", Map.of("resumptionReason", "申请执行人提供财产线索"));
    assertThat(called(pi, "asset-inquiry-source")).isEmpty(); // the round gives way to the resumed enforcement
    worker("enforcement.resume-case", resumed());
    worker("enforcement.assign-resumption-leads", Map.of("resumptionLeadItems", 0));
    assertThat(pi).hasPassed("Message_ResumptionDuringRequery").isWaitingAt("Task_OpenInquiryRound", "Task_CoordinateJointWork",
        "Task_ComputeLimit");
  }

  @Test
  void terminationEndsTheWatchesOfTheCasesMeasuresWithTheCase() {
    ProcessInstance pi = untilDecision();
    correlate("MeasureTaken", Map.of("measureId", "7"));
    worker("enforcement.load-measure", Map.of("measureStatus", "WAITING"));
    decide("TERMINATE");
    worker(CLOSE, Map.of());
    assertThat(pi).isEnded().hasPassed("End_Terminated");
    assertThat(called(pi, "control-measure")).isEmpty();
  }

  @Test
  void requeriesEndAfterFiveYearsWithoutAssets() {
    ProcessInstance pi = untilForNow();
    timersFireAt(monthsFromNow(6));
    openRound(2);
    answerAllSources("NONE");
    worker("enforcement.evaluate-requery", requeried(false, 0));
    assertThat(pi).isEnded().hasPassed("End_ForNowPeriodOver").hasNotPassed("Task_ResumeCase");
  }

  @Test
  void creditorsLeadResumesACaseInForNowAtOnce() {
    ProcessInstance pi = untilForNow();
    correlate("ResumptionRequested", Map.of("resumptionReason", "申请执行人提供财产线索：房产一套"));
    assertThat(timerJobs("Timer_Requery")).isZero();

    LockedExternalTask resume = worker("enforcement.resume-case", resumed());
    assertThat(resume.getVariables()).containsEntry("resumptionReason", "申请执行人提供财产线索：房产一套");
    // back in enforcement, the lead becomes a 核查线索 item: the worker assigns it (WorkItemAssigned) before completing
    assertThat(pi).isWaitingAt("Task_AssignResumptionLeads", "Task_CoordinateJointWork");
    LockedExternalTask assign = fetch("enforcement.assign-resumption-leads", 1).get(0);
    correlate("WorkItemAssigned", workItem("45", "court-GD0303", days(5)));
    complete(assign, Map.of("resumptionLeadItems", 1));
    assertThat(called(pi, "joint-work-item")).hasSize(1);
    assertThat(pi).hasPassed("Task_AssignResumptionLeads", "Start_WorkItemAssigned")
        .isWaitingAt("Task_OpenInquiryRound", "Task_CoordinateJointWork");
    assertThat(pi).variables().containsEntry("resumed", true);
    assertThat(taskAt(pi, "Task_AcknowledgeFile")).isNull();
  }

  // --- joint work ---

  @Test
  void coordinatorsDeskRefusesAnInvalidItemAndSendsAValidOneToItsCourt() {
    ProcessInstance pi = startAndPrepare();
    complete(taskAt(pi, "Task_CoordinateJointWork"), COORDINATOR, deskItem("GD9999"));
    LockedExternalTask refused = worker("enforcement.register-work-item",
        Map.of("workItemValid", false, "deskErrors", "GD9999 不在协调范围内"));
    assertThat(refused.getVariables()).containsEntry("deskAssignedBy", COORDINATOR).containsEntry("deskItemCourtCode", "GD9999");
    assertThat(taskAt(pi, "Task_CoordinateJointWork")).isNotNull();
    assertThat(pi).variables().containsEntry("deskErrors", "GD9999 不在协调范围内");
    assertThat(called(pi, "joint-work-item")).isEmpty();

    complete(taskAt(pi, "Task_CoordinateJointWork"), COORDINATOR, deskItem("GD0304"));
    Map<String, Object> registered = new HashMap<>(workItem("42", "court-GD0304", days(10)));
    registered.put("workItemValid", true);
    registered.put("deskErrors", null);
    worker("enforcement.register-work-item", registered);

    ProcessInstance item = onlyOne(called(pi, "joint-work-item"));
    assertThat(item.getBusinessKey()).isEqualTo(CASE);
    Task work = taskAt(item, "Task_DoWorkItem");
    assertThat(work).hasName("查封：" + CASE_NUMBER).hasCandidateGroup("court-GD0304").hasDueDate(days(10));
    assertThat(formRef(work)).isEqualTo("work-item-report");
    assertThat(taskAt(pi, "Task_CoordinateJointWork")).isNotNull(); // the desk opens again at once

    complete(work, "officer-GD0304", Map.of("workItemOutcome", "DONE", "workItemResult", "已查封车辆"));
    LockedExternalTask result = worker("enforcement.record-work-item-result", Map.of());
    assertThat(result.getVariables()).containsEntry("workItemId", "42").containsEntry("caseNumber", CASE_NUMBER)
        .containsEntry("workItemDoneBy", "officer-GD0304");
    assertThat(item).isEnded();
    assertThat(pi).hasPassed("CallActivity_DeskWorkItem", "End_DeskWorkItemDone");
  }

  @Test
  void workItemAssignedThroughTheApiGoesToItsCourtAndIsRemindedWhenOverdue() {
    ProcessInstance pi = startAndPrepare();
    complete(taskAt(pi, "Task_AcknowledgeFile"), OFFICER, acknowledged()); // keeps the hand-over timer out of the way
    worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(20))));
    correlate("WorkItemAssigned", workItem("43", "court-GD0305", days(5)));

    ProcessInstance item = onlyOne(called(pi, "joint-work-item"));
    assertThat(variable(item, "workItemId")).isEqualTo("43");
    assertThat(taskAt(item, "Task_DoWorkItem")).hasCandidateGroup("court-GD0305").hasDueDate(days(5));
    timersFireAt(days(5));
    worker("enforcement.remind-work-item", Map.of());
    assertThat(item).hasPassed("End_Reminded").isWaitingAt("Task_DoWorkItem");

    complete(taskAt(item, "Task_DoWorkItem"), "officer-GD0305", Map.of("workItemOutcome", "PARTLY", "workItemResult", "部分完成"));
    worker("enforcement.record-work-item-result", Map.of());
    assertThat(pi).hasPassed("Start_WorkItemAssigned", "End_AssignedWorkItemDone").isWaitingAt("Task_CoordinateJointWork");
  }

  // --- limit watch ---

  @Test
  void limitWatchWarnsAndSleepsOnceTheExpiryIsReportedUntilTheLimitChanges() {
    ProcessInstance pi = startCase();
    worker("enforcement.prepare-case", prepared());
    handOver(pi); // the main line now waits for its inquiry round, no timer of its own
    LockedExternalTask compute = worker("enforcement.compute-limit", limit(days(150)));
    assertThat(compute.getVariables()).containsEntry("caseId", CASE);
    assertThat(pi).isWaitingAt("Gateway_AwaitLimit");

    timersFireAt(days(150));
    worker("enforcement.warn-limit", Map.of());
    worker("enforcement.compute-limit", limit(days(180)));
    timersFireAt(days(180));
    worker("enforcement.warn-limit", Map.of());
    worker("enforcement.compute-limit", expiryReported());
    assertThat(pi).isWaitingAt("Event_LimitChangedAfterExpiry");
    assertThat(timerJobs("Timer_LimitCheck")).isZero();

    correlate("LimitChanged", Map.of()); // an excluded period moves the expiry
    worker("enforcement.compute-limit", limit(days(200)));
    assertThat(pi).hasPassed("Event_LimitChangedAfterExpiry").isWaitingAt("Gateway_AwaitLimit");
    assertThat(timerDueAt("Timer_LimitCheck")).isEqualTo(days(200));

    correlate("LimitChanged", Map.of());
    worker("enforcement.compute-limit", expiryReported());
    assertThat(pi).hasPassed("Event_LimitChanged").isWaitingAt("Event_LimitChangedAfterExpiry");
  }

  @Test
  void extensionRequestIsDecidedByThePresidentWhateverTheLimitWatchIsDoing() {
    ProcessInstance pi = startCase();
    worker("enforcement.prepare-case", prepared());
    // the watch is recomputing (its worker has not answered yet): the request is taken all the same
    correlate("ExtensionRequested", extensionRequest());

    Task approve = taskAt(pi, "Task_ApproveExtension");
    assertThat(approve).hasCandidateGroup(PRESIDENT);
    assertThat(formRef(approve)).isEqualTo("approve-extension");
    complete(approve, PRESIDENT, Map.of("extensionApproved", "YES", "extensionDecisionNote", "同意延长三个月"));
    LockedExternalTask record = worker("enforcement.record-extension", Map.of());
    assertThat(record.getVariables()).containsEntry("extensionRequestId", "5").containsEntry("extensionApproved", "YES")
        .containsEntry("extensionDecidedBy", PRESIDENT);

    assertThat(pi).hasPassed("Start_ExtensionRequested", "End_ExtensionDecided");
    // the watch goes on; it reads the longer limit when it next wakes
    worker("enforcement.compute-limit", limit(days(240)));
    assertThat(pi).isWaitingAt("Gateway_AwaitLimit");
    assertThat(timerDueAt("Timer_LimitCheck")).isEqualTo(days(240));
    correlate("ExtensionRequested", extensionRequest());
    assertThat(taskAt(pi, "Task_ApproveExtension")).isNotNull();
    assertThat(timerDueAt("Timer_LimitCheck")).isEqualTo(days(240));
  }

  // --- settlement ---

  @Test
  void settlementSuspendsEnforcementAndAKeptSettlementClosesTheCase() {
    ProcessInstance pi = startAndPrepare();
    correlate("WorkItemAssigned", workItem("43", "court-GD0305", days(5)));
    ProcessInstance item = onlyOne(called(pi, "joint-work-item"));

    correlate("SettlementReached", settlement(days(40)));
    // the sub-process ends with everything in it: hand-over, desk, limit watch, open work items, their timers
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(item).isEnded();
    assertThat(pi).hasPassed("Message_CaseSettled");
    LockedExternalTask record = worker("enforcement.record-settlement", Map.of());
    assertThat(record.getVariables()).containsEntry("settlementDueText", "2027年1月5日").containsEntry("settlementTerms", "分两期付清");
    assertThat(pi).isWaitingAt("Gateway_AwaitSettlement");

    timersFireAt(days(40));
    Task verify = taskAt(pi, "Task_VerifySettlement");
    assertThat(verify).hasCandidateGroup(COURT);
    assertThat(formRef(verify)).isEqualTo("verify-settlement");
    complete(verify, OFFICER, Map.of("settlementPerformed", "YES", "settlementNote", "已按期履行"));
    LockedExternalTask close = worker(CLOSE, Map.of());
    assertThat(close.getVariables()).containsEntry("closingKind", "PERFORMED").containsEntry("settlementVerifiedBy", OFFICER);
    assertThat(pi).isEnded().hasPassed("Timer_SettlementDue", "End_SettlementPerformed").hasNotPassed("Task_ResumeCase");
  }

  @Test
  void settlementNotKeptResumesEnforcementWithANewInquiryRound() {
    ProcessInstance pi = untilSettlement();
    timersFireAt(days(40));
    complete(taskAt(pi, "Task_VerifySettlement"), OFFICER, Map.of("settlementPerformed", "NO", "settlementNote", "仅履行一期"));

    LockedExternalTask resume = worker("enforcement.resume-case", resumed());
    assertThat(resume.getVariables()).containsEntry("settlementPerformed", "NO").containsEntry("settlementNote", "仅履行一期");
    worker("enforcement.assign-resumption-leads", Map.of("resumptionLeadItems", 0));
    assertThat(pi).isWaitingAt("Task_OpenInquiryRound", "Task_CoordinateJointWork", "Task_ComputeLimit")
        .hasNotPassed("Task_CloseSettled");
  }

  @Test
  void breachReportedBeforeTheDueDateResumesEnforcementAtOnce() {
    ProcessInstance pi = untilSettlement();
    correlate("SettlementBreached", Map.of("resumptionReason", "不履行和解协议：逾期未付第一期"));
    assertThat(timerJobs("Timer_SettlementDue")).isZero();

    LockedExternalTask resume = worker("enforcement.resume-case", resumed());
    assertThat(resume.getVariables()).containsEntry("resumptionReason", "不履行和解协议：逾期未付第一期");
    worker("enforcement.assign-resumption-leads", Map.of("resumptionLeadItems", 0));
    assertThat(pi).hasPassed("Event_SettlementBreached").isWaitingAt("Task_OpenInquiryRound")
        .hasNotPassed("Task_VerifySettlement");
  }

  // --- performed in full, withdrawn: in every phase ---

  @Test
  void fullPerformanceDuringEnforcementClosesTheCaseAndEndsItsWatches() {
    ProcessInstance pi = startAndPrepare();
    correlate("MeasureTaken", Map.of("measureId", "7"));
    worker("enforcement.load-measure", effective(days(200), days(230)));
    correlate("PerformedInFull", Map.of("closingNote", "执行款足额到账"));

    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(running("control-measure")).isEmpty();
    closedAs(pi, "PERFORMED", "End_Performed");
  }

  @Test
  void fullPerformanceDuringSettlementClosesTheCase() {
    ProcessInstance pi = untilSettlement();
    correlate("PerformedInFull", Map.of("closingNote", "自动履行完毕"));
    assertThat(timerJobs("Timer_SettlementDue")).isZero();
    closedAs(pi, "PERFORMED", "End_Performed");
  }

  @Test
  void fullPerformanceInForNowClosesTheCase() {
    ProcessInstance pi = untilForNow();
    correlate("PerformedInFull", Map.of("closingNote", "自动履行完毕"));
    assertThat(timerJobs("Timer_Requery")).isZero();
    closedAs(pi, "PERFORMED", "End_Performed");
  }

  @Test
  void withdrawalDuringEnforcementClosesTheCase() {
    ProcessInstance pi = untilDecision();
    correlate("ApplicationWithdrawn", Map.of("closingNote", "撤回执行申请"));
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    closedAs(pi, "WITHDRAWN", "End_Withdrawn");
  }

  @Test
  void withdrawalDuringSettlementClosesTheCase() {
    ProcessInstance pi = untilSettlement();
    correlate("ApplicationWithdrawn", Map.of("closingNote", "撤回执行申请"));
    closedAs(pi, "WITHDRAWN", "End_Withdrawn");
  }

  @Test
  void withdrawalInForNowClosesTheCase() {
    ProcessInstance pi = untilForNow();
    correlate("ApplicationWithdrawn", Map.of("closingNote", "撤回执行申请"));
    closedAs(pi, "WITHDRAWN", "End_Withdrawn");
  }

  // --- control measures ---

  @Test
  void measuresAreWatchedInEveryPhaseEachByItsOwnId() {
    ProcessInstance pi = startAndPrepare();
    correlate("MeasureTaken", Map.of("measureId", "7"));
    ProcessInstance watch = onlyOne(called(pi, "control-measure"));
    assertThat(watch.getBusinessKey()).isEqualTo(CASE);
    LockedExternalTask load = worker("enforcement.load-measure", effective(days(200), days(230)));
    // the watch gets only the ids; the measure's worker reads the rest (the case number among it) from the tables
    assertThat(load.getVariables()).containsEntry("measureId", "7").containsEntry("caseId", CASE)
        .doesNotContainKey("caseNumber");

    // to 终本: the measures stay in force and stay watched, and new ones are watched too
    handOver(pi);
    openRound(1);
    answerAllSources("NONE");
    worker("enforcement.summarize-investigation", summarized(false));
    forNow();
    assertThat(watch).isNotEnded();
    correlate("MeasureTaken", Map.of("measureId", "8"));
    worker("enforcement.load-measure", Map.of("measureStatus", "WAITING"));
    assertThat(called(pi, "control-measure")).hasSize(2);

    measureChanged("7");
    LockedExternalTask reload = worker("enforcement.load-measure", Map.of("measureStatus", "ENDED"));
    assertThat(reload.getProcessInstanceId()).isEqualTo(watch.getId());
    assertThat(watch).isEnded();
    assertThat(pi).hasPassed("End_MeasureEnded").isWaitingAt("Gateway_AwaitRequery", "CallActivity_WatchMeasure");
  }

  @Test
  void measureTakenBeforeTheCaseIsPreparedIsWatchedToo() {
    // the case can be given measures as soon as it exists, even before enforcement.prepare-case has run
    ProcessInstance pi = startCase();
    correlate("MeasureTaken", Map.of("measureId", "7"));
    ProcessInstance watch = onlyOne(called(pi, "control-measure"));
    assertThat(variable(watch, "measureId")).isEqualTo("7");

    worker("enforcement.prepare-case", prepared());
    worker("enforcement.load-measure", Map.of("measureStatus", "ENDED"));
    assertThat(watch).isEnded();
    assertThat(pi).hasPassed("End_MeasureEnded").isWaitingAt("Task_AcknowledgeFile");
  }

  // --- helpers: the case's way through the model ---

  private ProcessInstance startCase() {
    return runtime.startProcessInstanceByKey("coordinated-enforcement", CASE, Map.of("caseId", CASE));
  }

  /** Filed, the limit computed (next check in 150 days): hand-over, desk and limit watch are open. */
  private ProcessInstance startAndPrepare() {
    ProcessInstance pi = startCase();
    worker("enforcement.prepare-case", prepared());
    worker("enforcement.compute-limit", limit(days(150)));
    assertThat(pi).isWaitingAt("Task_AcknowledgeFile", "Task_CoordinateJointWork", "Gateway_AwaitLimit");
    return pi;
  }

  /** The court acknowledges the file, names the handler and serves the notice: the first round is next. */
  private void handOver(ProcessInstance pi) {
    complete(taskAt(pi, "Task_AcknowledgeFile"), OFFICER, acknowledged());
    worker("enforcement.record-handler", Map.of("noticeDueAt", iso(days(10)), "noticeDueText", "十日内"));
    complete(taskAt(pi, "Task_ServeNotice"), OFFICER, served());
    worker("enforcement.record-notice", Map.of());
    assertThat(pi).isWaitingAt("Task_OpenInquiryRound");
  }

  private ProcessInstance untilDecision() {
    ProcessInstance pi = startAndPrepare();
    handOver(pi);
    openRound(1);
    answerAllSources("NONE");
    worker("enforcement.summarize-investigation", summarized(false));
    assertThat(pi).isWaitingAt("Task_DecideNextStep");
    return pi;
  }

  private ProcessInstance untilForNow() {
    ProcessInstance pi = untilDecision();
    forNow();
    assertThat(pi).isWaitingAt("Gateway_AwaitRequery");
    return pi;
  }

  private void forNow() {
    decide("TERMINATE_FOR_NOW");
    worker("enforcement.check-for-now-conditions", Map.of());
    worker(CLOSE, Map.of("requeriesLeft", 10));
  }

  private ProcessInstance untilSettlement() {
    ProcessInstance pi = startAndPrepare();
    correlate("SettlementReached", settlement(days(40)));
    worker("enforcement.record-settlement", Map.of());
    assertThat(pi).isWaitingAt("Gateway_AwaitSettlement");
    return pi;
  }

  /** The executing court decides the next step; the reason carries the step so the hand-offs can be told apart. */
  private void decide(String nextStep) {
    complete(task("Task_DecideNextStep"), OFFICER, Map.of("nextStep", nextStep, "nextStepReason", nextStep,
        "noDisposableAssets", true, "creditorInterviewed", true, "creditorInterviewedOn", "2026-12-01"));
  }

  /** enforcement.open-inquiry-round: two sources, 48 hours to answer, three attempts, due in a month. */
  private void openRound(int round) {
    Map<String, Object> v = new HashMap<>();
    v.put("inquiryRound", round);
    v.put("inquirySources", "BANK,VEHICLE");
    v.put("inquirySourceCount", 2);
    v.put("inquiryAnswerTimeout", "PT48H");
    v.put("inquiryRetryDelay", "PT1H");
    v.put("inquiryMaxAttempts", 3);
    v.put("investigationDueAt", iso(days(30)));
    worker("enforcement.open-inquiry-round", v);
  }

  /** Every source of the round is asked, answers at once and is recorded with the given outcome. */
  private void answerAllSources(String outcome) {
    fetch("enforcement.send-asset-inquiry", 2).forEach(this::sendAndAnswer);
    fetch("enforcement.record-inquiry-outcome", 2).forEach(task -> complete(task, Map.of("inquiryOutcome", outcome)));
  }

  private void sendAndAnswer(LockedExternalTask send) {
    String source = ((String) send.getVariables().get("inquirySources")).split(",")[(Integer) send.getVariables().get("inquiryIndex")];
    String inquiryId = CASE + "-" + send.getVariables().get("inquiryRound") + "-" + source + "-1";
    complete(send, Map.of("inquiryId", inquiryId, "inquiryAttempt", 1, "source", source));
    runtime.createMessageCorrelation("AssetInquiryAnswered").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("inquiryId", inquiryId).correlateWithResult();
  }

  private void closedAs(ProcessInstance pi, String closingKind, String end) {
    LockedExternalTask close = worker(CLOSE, Map.of());
    assertThat(close.getVariables()).containsEntry("closingKind", closingKind);
    assertThat(pi).isEnded().hasPassed(end);
  }

  private static ProcessInstance onlyOne(List<ProcessInstance> instances) {
    assertThat(instances).hasSize(1);
    return instances.get(0);
  }

  // --- helpers: what the workers, people and services hand over ---

  /** enforcement.prepare-case: groups, texts and the limits from configuration. */
  private Map<String, Object> prepared() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseId", CASE);
    v.put("caseNumber", CASE_NUMBER);
    v.put("executingCourtGroup", COURT);
    v.put("commandCentreGroup", CENTRE);
    v.put("presidentGroup", PRESIDENT);
    v.put("handlerDueAt", iso(days(7)));
    v.put("handlerDueText", "七日内");
    v.put("resumed", false);
    v.put("requeryPeriod", "P6M");
    return v;
  }

  private static Map<String, Object> limit(Date nextCheck) {
    return Map.of("limitWatchActive", true, "limitNextCheckAt", iso(nextCheck), "limitDueText", "六个月");
  }

  private static Map<String, Object> expiryReported() {
    Map<String, Object> v = new HashMap<>();
    v.put("limitWatchActive", false);
    v.put("limitNextCheckAt", null);
    return v;
  }

  private static Map<String, Object> acknowledged() {
    return Map.of("handlerName", "李法官", "handlerPhone", "0755-1234567", "fileComplete", true, "acknowledgeNote", "材料齐全");
  }

  private static Map<String, Object> served() {
    return Map.of("noticeServedOn", "2026-11-27", "reportOrderServedOn", "2026-11-27", "consumptionRestrictionIssued", true);
  }

  private static Map<String, Object> summarized(boolean assetsFound) {
    Map<String, Object> v = new HashMap<>();
    v.put("inquirySummaryText", "银行存款：未查得财产；车辆：未查得财产");
    v.put("flaggedSourcesText", "无");
    v.put("assetsFound", assetsFound);
    v.put("forNowErrors", null);
    return v;
  }

  private static Map<String, Object> requeried(boolean assetsFound, int left) {
    return Map.of("assetsFound", assetsFound, "requeriesLeft", left,
        "resumptionReason", assetsFound ? "终本后复查发现可供执行的财产" : "");
  }

  private static Map<String, Object> resumed() {
    return Map.of("resumed", true, "resumptionReason", "");
  }

  private static Map<String, Object> deskItem(String court) {
    return Map.of("deskItemType", "SEAL", "deskItemCourtCode", court, "deskItemDueOn", "2026-12-10",
        "deskItemInstructions", "查封被执行人名下车辆");
  }

  /** The workItem* variables WorkItemService hands to joint-work-item (register-work-item or WorkItemAssigned). */
  private static Map<String, Object> workItem(String id, String courtGroup, Date due) {
    return Map.of("workItemId", id, "workItemCourtGroup", courtGroup, "workItemDueAt", iso(due), "workItemDueText", "期限",
        "workItemTitle", "查封：" + CASE_NUMBER, "workItemType", "SEAL", "workItemInstructions", "查封被执行人名下车辆");
  }

  private static Map<String, Object> settlement(Date due) {
    return Map.of("settlementDueAt", iso(due), "settlementDueText", "2027年1月5日", "settlementTerms", "分两期付清");
  }

  private static Map<String, Object> extensionRequest() {
    return Map.of("extensionRequestId", "5", "extensionReason", "财产处置尚未完成", "extensionRequestedBy", OFFICER,
        "extensionMonthsText", "3 个月", "limitDueText", "届满日");
  }

  private static Map<String, Object> effective(Date remindAt, Date expiresAt) {
    return Map.of("measureStatus", "EFFECTIVE", "renewalReminderAt", iso(remindAt), "measureExpiresAt", iso(expiresAt),
        "holdingCourtGroup", "court-GD0304", "measureTitle", "续行或解除冻结：银行存款");
  }
}
