package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * control-measure: one freeze, seal or seizure watched until it is lifted or lapses. The test plays
 * enforcement.load-measure (the measure's state and dates), the holding court and the changes made outside the task
 * (message MeasureChanged, correlated by the measure id).
 */
@Deployment(resources = {"bpmn/control-measure.bpmn", "forms/renew-measure.form"})
class ControlMeasureProcessTest extends EnforcementProcessTestSupport {

  @RegisterExtension
  static ProcessEngineExtension engine = processEngineExtension();

  private static final String LOAD = "enforcement.load-measure";

  @Test
  void holdingCourtRenewsBeforeExpiryAndTheWatchGoesOn() {
    ProcessInstance pi = startMeasure("7");
    LockedExternalTask load = worker(LOAD, effective(days(30), days(60)));
    assertThat(load.getVariables()).containsEntry("measureId", "7");
    assertThat(pi).isWaitingAt("Gateway_AwaitReminder");

    timersFireAt(days(30));
    Task renew = taskAt(pi, "Task_RenewMeasure");
    assertThat(renew).hasName("续行或解除冻结：银行存款").hasCandidateGroup("court-GD0304").hasDueDate(days(60));
    assertThat(formRef(renew)).isEqualTo("renew-measure");
    assertThat(timerDueAt("Timer_MeasureExpired")).isEqualTo(days(60));

    complete(renew, "officer-GD0304", Map.of("renewalDecision", "RENEW", "renewalOrderNumber", "（2026）粤0304执保2号"));
    LockedExternalTask record = worker("enforcement.record-renewal", Map.of());
    assertThat(record.getVariables()).containsEntry("renewalDecision", "RENEW").containsEntry("renewalDecidedBy", "officer-GD0304");

    // read again: renewed, so the next reminder is a year on
    worker(LOAD, effective(days(365), days(395)));
    assertThat(pi).isWaitingAt("Gateway_AwaitReminder").hasPassed("Task_RecordRenewal").hasNotPassed("Task_FlagLapsed");
    assertThat(timerDueAt("Timer_RenewalReminder")).isEqualTo(days(365));
  }

  @Test
  void holdingCourtLiftsTheMeasureAndTheWatchEnds() {
    ProcessInstance pi = untilRenewal();
    complete(taskAt(pi, "Task_RenewMeasure"), "officer-GD0304", Map.of("renewalDecision", "LIFT", "renewalOrderNumber", "解封1号"));
    worker("enforcement.record-renewal", Map.of());
    worker(LOAD, Map.of("measureStatus", "ENDED"));
    assertThat(pi).isEnded().hasPassed("End_MeasureEnded").hasNotPassed("End_MeasureLapsed");
  }

  @Test
  void measureNotRenewedByItsExpiryLapses() {
    ProcessInstance pi = untilRenewal();
    timersFireAt(days(60));

    assertThat(taskAt(pi, "Task_RenewMeasure")).isNull(); // the expiry takes the task away from the court
    LockedExternalTask flag = worker("enforcement.flag-lapsed-measure", Map.of());
    assertThat(flag.getVariables()).containsEntry("measureId", "7");
    assertThat(pi).isEnded().hasPassed("Timer_MeasureExpired", "End_MeasureLapsed").hasNotPassed("Task_RecordRenewal");
  }

  @Test
  void measureRenewedOrLiftedElsewhereDuringTheRenewalIsReadAgain() {
    ProcessInstance pi = untilRenewal();
    measureChanged("7");

    assertThat(taskAt(pi, "Task_RenewMeasure")).isNull();
    worker(LOAD, effective(days(365), days(395)));
    assertThat(pi).hasPassed("Message_ChangedDuringRenewal").isWaitingAt("Gateway_AwaitReminder");
    assertThat(dueTimers()).isEmpty(); // the expiry timer went with the task
  }

  @Test
  void measureLiftedBeforeTheReminderEndsTheWatch() {
    ProcessInstance pi = startMeasure("7");
    worker(LOAD, effective(days(30), days(60)));
    measureChanged("7");
    worker(LOAD, Map.of("measureStatus", "ENDED"));
    assertThat(pi).isEnded().hasPassed("Event_EffectiveChanged", "End_MeasureEnded").hasNotPassed("Task_RenewMeasure");
    assertThat(dueTimers()).isEmpty();
  }

  @Test
  void waitingMeasureIsWatchedFromTheDayItTakesEffect() {
    ProcessInstance waiting = startMeasure("7");
    worker(LOAD, Map.of("measureStatus", "WAITING"));
    assertThat(waiting).isWaitingAt("Event_WaitingChanged");
    ProcessInstance other = startMeasure("8");
    worker(LOAD, effective(days(30), days(60)));

    // a change of another measure of the same case does not wake this one
    measureChanged("8");
    assertThat(waiting).isWaitingAt("Event_WaitingChanged");
    worker(LOAD, Map.of("measureStatus", "ENDED"));
    assertThat(other).isEnded();

    measureChanged("7");
    worker(LOAD, effective(days(40), days(70)));
    assertThat(waiting).hasPassed("Event_WaitingChanged").isWaitingAt("Gateway_AwaitReminder");
  }

  @Test
  void measureEndedWhenTheWatchBeginsIsNotWatched() {
    ProcessInstance pi = startMeasure("7");
    worker(LOAD, Map.of("measureStatus", "ENDED"));
    assertThat(pi).isEnded().hasPassed("End_MeasureEnded");
  }

  // --- helpers ---

  /** What coordinated-enforcement passes to a measure's watch (camunda:in of CallActivity_WatchMeasure). */
  private ProcessInstance startMeasure(String measureId) {
    return runtime.startProcessInstanceByKey("control-measure", CASE,
        Map.of("caseId", CASE, "caseNumber", "（2026）粤03执协1号", "measureId", measureId));
  }

  private ProcessInstance untilRenewal() {
    ProcessInstance pi = startMeasure("7");
    worker(LOAD, effective(days(30), days(60)));
    timersFireAt(days(30));
    assertThat(pi).isWaitingAt("Task_RenewMeasure");
    return pi;
  }

  private static Map<String, Object> effective(Date remindAt, Date expiresAt) {
    return Map.of("measureStatus", "EFFECTIVE", "renewalReminderAt", iso(remindAt), "measureExpiresAt", iso(expiresAt),
        "holdingCourtGroup", "court-GD0304", "measureTitle", "续行或解除冻结：银行存款", "measureExpiresText", "到期日",
        "measureText", "冻结：银行存款");
  }
}
