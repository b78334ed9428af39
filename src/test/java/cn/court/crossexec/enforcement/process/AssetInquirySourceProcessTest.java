package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path and timer of asset-inquiry-source (one source of one inquiry round), on the real model: the test plays
 * the gateway's workers and the answers of the inquiry system (message AssetInquiryAnswered, correlated by inquiry id).
 */
@Deployment(resources = "bpmn/asset-inquiry-source.bpmn")
class AssetInquirySourceProcessTest extends EnforcementProcessTestSupport {

  @RegisterExtension
  static ProcessEngineExtension engine = processEngineExtension();

  private static final String SEND = "enforcement.send-asset-inquiry";
  private static final String RECORD = "enforcement.record-inquiry-outcome";

  @Test
  void answerWithAssetsEndsTheSource() {
    ProcessInstance pi = startSource(1);
    LockedExternalTask send = send(pi, 1);
    // the first attempt finds its source by its place in the round's list
    assertThat(send.getVariables()).containsEntry("inquirySources", "BANK,VEHICLE").containsEntry("inquiryIndex", 1)
        .containsEntry("inquiryRound", 2).doesNotContainKey("source").doesNotContainKey("inquiryAttempt");
    assertThat(pi).isWaitingAt("Gateway_AwaitAnswer");
    assertThat(timerDueAt("Timer_AnswerTimeout")).isEqualTo(hours(48));

    answer("inq-VEHICLE-1");
    LockedExternalTask record = worker(RECORD, Map.of("inquiryOutcome", "FOUND"));
    assertThat(record.getVariables()).containsEntry("inquiryId", "inq-VEHICLE-1").containsEntry("source", "VEHICLE")
        .containsEntry("inquiryAttempt", 1);
    assertThat(pi).isEnded().hasPassed("Event_AnswerReceived", "End_Answered").hasNotPassed("Timer_AnswerTimeout");
  }

  @Test
  void answerWithoutAssetsAlsoEndsTheSource() {
    ProcessInstance pi = startSource(1);
    send(pi, 1);
    answer("inq-VEHICLE-1");
    worker(RECORD, Map.of("inquiryOutcome", "NONE"));
    assertThat(pi).isEnded().hasPassed("End_Answered").hasNotPassed("Timer_RetryDelay", "Task_FlagSource");
  }

  @Test
  void anAnswerReachesOnlyTheSourceOfItsInquiry() {
    ProcessInstance bank = startSource(0);
    ProcessInstance vehicle = startSource(1);
    for (LockedExternalTask send : fetch(SEND, 2)) {
      String source = send.getProcessInstanceId().equals(bank.getId()) ? "BANK" : "VEHICLE";
      complete(send, Map.of("inquiryId", "inq-" + source + "-1", "inquiryAttempt", 1, "source", source));
    }
    // same case (business key) for both: only the inquiry id tells them apart
    assertThat(runtime.createMessageCorrelation("AssetInquiryAnswered").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("inquiryId", "inq-OTHER-1").correlateAllWithResult()).isEmpty();
    answer("inq-BANK-1");

    assertThat(bank).isWaitingAt("Task_RecordInquiryOutcome");
    assertThat(vehicle).isWaitingAt("Gateway_AwaitAnswer");
  }

  @Test
  void sourceThatDoesNotAnswerInTimeIsAskedAgainAfterTheDelay() {
    ProcessInstance pi = startSource(1);
    send(pi, 1);

    timersFireAt(hours(48)); // no answer within inquiryAnswerTimeout
    LockedExternalTask record = worker(RECORD, Map.of("inquiryOutcome", "TIMEOUT"));
    assertThat(record.getVariables()).containsEntry("inquiryAttempt", 1);
    assertThat(pi).isWaitingAt("Timer_RetryDelay");

    timersFireAt(hours(49)); // inquiryRetryDelay after the time-out
    LockedExternalTask again = send(pi, 2);
    assertThat(again.getVariables()).containsEntry("source", "VEHICLE").containsEntry("inquiryAttempt", 1);
    answer("inq-VEHICLE-2");
    worker(RECORD, Map.of("inquiryOutcome", "FOUND"));
    assertThat(pi).isEnded().hasPassed("Timer_AnswerTimeout", "Timer_RetryDelay", "Event_AnswerReceived", "End_Answered")
        .hasNotPassed("Task_FlagSource");
  }

  @Test
  void sourceFailingOnEveryAttemptIsFlaggedForTheCourt() {
    ProcessInstance pi = startSource(1);
    for (int attempt = 1; attempt <= 3; attempt++) {
      send(pi, attempt);
      answer("inq-VEHICLE-" + attempt);
      worker(RECORD, Map.of("inquiryOutcome", "FAILED"));
      if (attempt < 3) {
        assertThat(pi).isWaitingAt("Timer_RetryDelay");
        moveClockHours(1);
        runDueTimers();
      }
    }
    LockedExternalTask flag = worker("enforcement.flag-inquiry-source", Map.of());
    assertThat(flag.getVariables()).containsEntry("inquiryAttempt", 3).containsEntry("inquiryId", "inq-VEHICLE-3");
    assertThat(pi).isEnded().hasPassed("End_Flagged").hasNotPassed("End_Answered");
  }

  @Test
  void sourceTimingOutOnTheLastAttemptIsFlagged() {
    ProcessInstance pi = startSource(1, Map.of("inquiryMaxAttempts", 1));
    send(pi, 1);
    timersFireAt(hours(48));
    worker(RECORD, Map.of("inquiryOutcome", "TIMEOUT"));
    worker("enforcement.flag-inquiry-source", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Flagged").hasNotPassed("Timer_RetryDelay");
  }

  // --- helpers ---

  private ProcessInstance startSource(int index) {
    return startSource(index, Map.of());
  }

  /** What coordinated-enforcement passes to each source of a round (camunda:in of CallActivity_Investigation). */
  private ProcessInstance startSource(int index, Map<String, Object> overrides) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseId", CASE);
    v.put("inquiryRound", 2);
    v.put("inquirySources", "BANK,VEHICLE");
    v.put("inquiryIndex", index);
    v.put("inquiryAnswerTimeout", "PT48H");
    v.put("inquiryRetryDelay", "PT1H");
    v.put("inquiryMaxAttempts", 3);
    v.putAll(overrides);
    return runtime.startProcessInstanceByKey("asset-inquiry-source", CASE, v);
  }

  /** enforcement.send-asset-inquiry: the request goes out with its own inquiry id per attempt. */
  private LockedExternalTask send(ProcessInstance pi, int attempt) {
    LockedExternalTask task = worker(SEND, Map.of("inquiryId", "inq-VEHICLE-" + attempt, "inquiryAttempt", attempt,
        "source", "VEHICLE"));
    assertThat(task.getProcessInstanceId()).isEqualTo(pi.getId());
    return task;
  }

  /** The inquiry system answers (CaseProcess: business key and inquiry id). */
  private void answer(String inquiryId) {
    runtime.createMessageCorrelation("AssetInquiryAnswered").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("inquiryId", inquiryId).correlateWithResult();
  }
}
