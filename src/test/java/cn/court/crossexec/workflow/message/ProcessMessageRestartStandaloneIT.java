package cn.court.crossexec.workflow.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.CrossExecutionApplication;
import cn.court.crossexec.support.TestEnvironment;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A crash between a business commit and its message's delivery: a worker process commits a change with its message
 * while the engine is down (stopped with everything it held in memory), and the engine, started again on the same
 * database, delivers the message — once.
 */
class ProcessMessageRestartStandaloneIT {

  private ConfigurableApplicationContext engine;
  private ConfigurableApplicationContext workers;

  @Test
  void aMessageCommittedWhileTheEngineIsDownIsDeliveredOnceAfterItsRestart() {
    String database = "--spring.datasource.url=" + TestEnvironment.h2InMemory();
    int port = TestEnvironment.freePort();
    String password = "--crossexec.worker.password=worker-secret-for-this-test";
    String[] engineArgs = {database, password, "--server.port=" + port};
    engine = startEngine(engineArgs);
    workers = new SpringApplicationBuilder(CrossExecutionApplication.class).profiles("test", "worker")
        .run(database, password, "--crossexec.engine-url=http://localhost:" + port + "/engine-rest");
    assertThat(workers.getBeanNamesForType(ProcessEngine.class)).isEmpty();

    RuntimeService runtime = engine.getBean(RuntimeService.class);
    String instance = runtime.startProcessInstanceByKey("test-message", "restart-1").getId();
    ManagementService management = engine.getBean(ManagementService.class);
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Catch_TestMessage");

    // the engine goes down (its memory with it); the worker process commits its change and the message
    engine.close();
    long id = new TransactionTemplate(workers.getBean(PlatformTransactionManager.class)).execute(tx ->
        workers.getBean(ProcessMessages.class).send(ProcessMessage.to("TestMessageArrived", "restart-1")
            .withVariables(Map.of("note", "引擎停机时提交"))));
    ProcessMessageStore workerStore = workers.getBean(ProcessMessageStore.class);
    assertThat(workerStore.find(id).orElseThrow().state()).isEqualTo(ProcessMessageState.PENDING);
    assertThat(workerStore.find(id).orElseThrow().attempts()).isZero();

    // started again: the engine's poller finds the message and delivers it, once
    engine = startEngine(engineArgs);
    ProcessMessageStore store = engine.getBean(ProcessMessageStore.class);
    await().atMost(Duration.ofSeconds(30)).until(() -> store.find(id).orElseThrow().state() == ProcessMessageState.DELIVERED);
    HistoryService history = engine.getBean(HistoryService.class);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Catch_TestMessage")
        .finished().count()).isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("note").singleResult()
        .getValue()).isEqualTo("引擎停机时提交");
    assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(1);
    // offered again (another poller, a repeated start): nothing happens twice
    assertThat(engine.getBean(ProcessMessageDelivery.class).deliver(id)).contains(ProcessMessageState.DELIVERED);
    assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(1);
  }

  private static ConfigurableApplicationContext startEngine(String[] args) {
    return new SpringApplicationBuilder(CrossExecutionApplication.class).profiles("test", "engine-only").run(args);
  }

  @AfterEach
  void stop() {
    if (workers != null) {
      workers.close();
    }
    if (engine != null && engine.isActive()) {
      engine.close();
    }
  }
}
