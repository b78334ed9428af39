package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.CrossExecutionApplication;
import cn.court.crossexec.support.TestEnvironment;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Under the worker profile the workers run as their own process (no engine, no web server) against a remote
 * engine's /engine-rest, while the engine runs without in-process workers (engine-only profile). Both share
 * one database, as they would in production; here a private in-memory one, whatever the other tests use.
 */
class WorkerProcessStandaloneIT {

  private ConfigurableApplicationContext engine;
  private ConfigurableApplicationContext workers;

  @Test
  void separateWorkerProcessCompletesTheEnginesExternalTasks() {
    String database = "--spring.datasource.url=" + TestEnvironment.h2InMemory();
    int port = TestEnvironment.freePort();
    String password = "--crossexec.worker.password=worker-secret-for-this-test";

    engine =
        new SpringApplicationBuilder(CrossExecutionApplication.class)
            .profiles("test", "engine-only")
            .run(database, password, "--server.port=" + port);
    workers =
        new SpringApplicationBuilder(CrossExecutionApplication.class)
            .profiles("test", "worker")
            .run(database, password, "--crossexec.engine-url=http://localhost:" + port + "/engine-rest");

    assertThat(workers.getBeanNamesForType(ProcessEngine.class)).isEmpty();
    // without the demo profile the groups exist but no demo account does, so no password is known
    var identity = engine.getBean(org.camunda.bpm.engine.IdentityService.class);
    assertThat(identity.createGroupQuery().groupId("court-GD0305").count()).isEqualTo(1);
    assertThat(identity.createUserQuery().userId("officer-GD0305").count()).isZero();
    assertThat(identity.checkPassword("officer-GD0305", "demo")).isFalse();
    assertThat(identity.createUserQuery().userId("admin").count()).isZero();
    assertThat(engine.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");

    String instance =
        engine.getBean(RuntimeService.class)
            .startProcessInstanceByKey("test-worker", "remote-1", Map.of("mode", "complete"))
            .getId();
    HistoryService history = engine.getBean(HistoryService.class);
    await().atMost(Duration.ofSeconds(30))
        .until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);

    HistoricExternalTaskLog success =
        history.createHistoricExternalTaskLogQuery().processInstanceId(instance).successLog().singleResult();
    assertThat(success.getWorkerId()).startsWith("crossexec-worker-");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("workResult")
            .singleResult().getValue())
        .isEqualTo("done:remote-1");
  }

  @Test
  void workerProcessRefusesToStartWithoutTheWorkerPassword() {
    var builder =
        new SpringApplicationBuilder(CrossExecutionApplication.class).profiles("test", "worker");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> workers = builder.run("--spring.datasource.url=" + TestEnvironment.h2InMemory()))
        .hasStackTraceContaining("CROSSEXEC_WORKER_PASSWORD");
  }

  @AfterEach
  void stop() {
    if (workers != null) {
      workers.close();
    }
    if (engine != null) {
      engine.close();
    }
  }
}
