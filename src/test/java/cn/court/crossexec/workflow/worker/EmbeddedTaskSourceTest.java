package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The in-process workers' task source over the engine's Java API: oldest first, with the task's business key and
 * variables; an empty fetch waits for the engine's signal of a new task and returns it at once (long polling without
 * HTTP); the engine hears completion and BPMN errors as from the REST client; stopping ends a wait without an interrupt.
 */
@Deployment(resources = "bpmn/test/test-worker.bpmn")
class EmbeddedTaskSourceTest {

  private static final long LONG_WAIT = 60_000;

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final List<TaskSource.Subscription> WORK =
      List.of(new TaskSource.Subscription("test.work", 30_000, List.of("mode")));

  private EmbeddedTaskSource source(ProcessEngine processEngine) {
    return new EmbeddedTaskSource(processEngine.getExternalTaskService(), processEngine.getRuntimeService(), "test-worker",
        false, LONG_WAIT);
  }

  @Test
  void fetchesTheOldestTasksWithTheirVariablesAndCompletesThem(ProcessEngine processEngine) {
    var runtime = processEngine.getRuntimeService();
    String first = runtime.startProcessInstanceByKey("test-worker", "first", Map.of("mode", "complete")).getId();
    runtime.startProcessInstanceByKey("test-worker", "second", Map.of("mode", "complete"));
    EmbeddedTaskSource source = source(processEngine);

    List<ExternalTask> tasks = source.fetchAndLock(WORK, 1);

    assertThat(tasks).hasSize(1);
    ExternalTask task = tasks.get(0);
    assertThat(task.getBusinessKey()).isEqualTo("first");
    assertThat(task.getTopicName()).isEqualTo("test.work");
    assertThat(task.<String>getVariable("mode")).isEqualTo("complete");
    assertThat(task.getAllVariables()).containsEntry("mode", "complete");
    assertThat(task.getWorkerId()).isEqualTo("test-worker");
    source.service().complete(task, Map.of("done", true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(first)
        .variableName("done").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void aBpmnErrorTakesTheModelsBoundary(ProcessEngine processEngine) {
    var runtime = processEngine.getRuntimeService();
    String id = runtime.startProcessInstanceByKey("test-worker", "rejected", Map.of("mode", "reject")).getId();
    EmbeddedTaskSource source = source(processEngine);
    ExternalTask task = source.fetchAndLock(WORK, 5).get(0);

    source.service().handleBpmnError(task, "TEST_REJECTED", "不予办理", Map.of());

    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
        .activityId("End_Rejected").count()).isOne();
  }

  @Test
  void anEmptyFetchWaitsForTheNextNewTaskAndReturnsIt(ProcessEngine processEngine) throws Exception {
    EmbeddedTaskSource source = source(processEngine);
    CompletableFuture<List<ExternalTask>> waiting = CompletableFuture.supplyAsync(() -> source.fetchAndLock(WORK, 5));
    assertThat(waiting).isNotDone();

    processEngine.getRuntimeService().startProcessInstanceByKey("test-worker", "later", Map.of("mode", "complete"));

    // well before the 60 s wait ends: the engine's signal of a new task ends it
    List<ExternalTask> tasks = waiting.get(LONG_WAIT / 2, TimeUnit.MILLISECONDS);
    assertThat(tasks).extracting(ExternalTask::getBusinessKey).containsExactly("later");
  }

  @Test
  void stoppingEndsAWaitWithoutAnInterrupt(ProcessEngine processEngine) throws Exception {
    EmbeddedTaskSource source = source(processEngine);
    Thread[] fetcher = new Thread[1];
    boolean[] interrupted = new boolean[1];
    CompletableFuture<List<ExternalTask>> waiting = CompletableFuture.supplyAsync(() -> {
      fetcher[0] = Thread.currentThread();
      List<ExternalTask> tasks = source.fetchAndLock(WORK, 5);
      interrupted[0] = Thread.currentThread().isInterrupted();
      return tasks;
    });
    org.awaitility.Awaitility.await().until(() -> fetcher[0] != null && fetcher[0].getState() == Thread.State.TIMED_WAITING);

    source.stopWaiting(fetcher[0]);

    assertThat(waiting.get(LONG_WAIT / 2, TimeUnit.MILLISECONDS)).isEmpty();
    assertThat(interrupted[0]).isFalse();
  }
}
