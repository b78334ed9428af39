package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.TestWorker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worker support on a small test model, through the real external-task client and REST API. */
@IntegrationTest
class JobWorkerIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired MeterRegistry meters;
  @Autowired TestWorker worker;
  @Autowired JobRunner runner;

  @Test
  void completesTheStepExplicitlyWithItsVariables() {
    String key = "complete-" + UUID.randomUUID();
    String instance = start(key, "complete");
    await().atMost(PATIENCE).until(() -> ended(instance));
    assertThat(endActivity(instance)).isEqualTo("End_Done");
    assertThat(variable(instance, "workResult")).isEqualTo("done:" + key);
    assertThat(counter("completed")).isPositive();
    assertThat(meters.find(JobRunner.DURATION_METRIC).tag("topic", "test.work").timer().count()).isPositive();
  }

  @Test
  void businessOutcomeIsABpmnErrorTheModelRoutesOn() {
    String returned = start("reject-" + UUID.randomUUID(), "reject");
    String thrown = start("reject-deep-" + UUID.randomUUID(), "reject-deep");
    await().atMost(PATIENCE).until(() -> ended(returned) && ended(thrown));
    assertThat(endActivity(returned)).isEqualTo("End_Rejected");
    assertThat(variable(returned, "rejectionMessage")).isEqualTo("材料不全");
    assertThat(endActivity(thrown)).isEqualTo("End_Rejected");
    assertThat(counter("bpmn-error")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void technicalFailureIsRetriedWithGrowingBackOffThenBecomesAnIncident() {
    String key = "fail-" + UUID.randomUUID();
    String instance = start(key, "fail");
    await().atMost(PATIENCE).until(() -> incidentOf(instance) != null);

    Incident incident = incidentOf(instance);
    assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    assertThat(incident.getIncidentMessage()).contains("simulated outage");
    assertThat(worker.timesHandled(key)).isEqualTo(3);

    // the log keeps the retries each failure found: none set yet, then one fewer per failure
    var failures =
        history.createHistoricExternalTaskLogQuery().processInstanceId(instance).failureLog()
            .orderByTimestamp().asc().list();
    assertThat(failures).extracting(HistoricExternalTaskLog::getRetries).containsExactly(null, 2, 1);
    assertThat(counter("failed")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSameExternalTaskHandledTwiceChangesNothingTwice() {
    String key = "twice-" + UUID.randomUUID();
    ExternalTask task = mock(ExternalTask.class);
    when(task.getId()).thenReturn("ext-" + UUID.randomUUID());
    when(task.getTopicName()).thenReturn("test.work");
    when(task.getBusinessKey()).thenReturn(key);
    when(task.getAllVariables()).thenReturn(Map.of("mode", "complete"));
    ExternalTaskService service = mock(ExternalTaskService.class);

    runner.run(worker, task, service);
    runner.run(worker, task, service); // e.g. the completion was lost and the lock expired

    assertThat(worker.timesHandled(key)).isEqualTo(1);
    // the engine is told the same outcome each time, with the variables of the first run
    verify(service, times(2)).complete(eq(task), eq(Map.of("workResult", "done:" + key)));
    assertThat(counter("replayed")).isPositive();
  }

  @Test
  void aRepeatedBusinessOutcomeIsReplayedAsTheSameBpmnError() {
    String key = "twice-reject-" + UUID.randomUUID();
    ExternalTask task = mock(ExternalTask.class);
    when(task.getId()).thenReturn("ext-" + UUID.randomUUID());
    when(task.getTopicName()).thenReturn("test.work");
    when(task.getBusinessKey()).thenReturn(key);
    when(task.getAllVariables()).thenReturn(Map.of("mode", "reject"));
    ExternalTaskService service = mock(ExternalTaskService.class);

    runner.run(worker, task, service);
    runner.run(worker, task, service);

    assertThat(worker.timesHandled(key)).isEqualTo(1);
    verify(service, times(2)).handleBpmnError(eq(task), eq("TEST_REJECTED"), eq("材料不全"), any());
  }

  private String start(String businessKey, String mode) {
    return runtime.startProcessInstanceByKey("test-worker", businessKey, Map.of("mode", mode)).getId();
  }

  private boolean ended(String instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
  }

  private String endActivity(String instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId();
  }

  private Object variable(String instance, String name) {
    var v = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name).singleResult();
    return v == null ? null : v.getValue();
  }

  private Incident incidentOf(String instance) {
    return runtime.createIncidentQuery().processInstanceId(instance).singleResult();
  }

  private double counter(String outcome) {
    var counter = meters.find(JobRunner.TASKS_METRIC).tag("topic", "test.work").tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }
}
