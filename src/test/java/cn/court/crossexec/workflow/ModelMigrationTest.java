package cn.court.crossexec.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The migration plan for the change of the application model that added the call of the case's process: an
 * application waiting in the first version (here at the hand-off) moves to the latest one and, handed off, starts
 * the case's process — nothing decided before the change is left without its case process.
 */
class ModelMigrationTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String[] SHARED = {"bpmn/cross-execution-eligibility.dmn", "bpmn/cross-execution-mode.dmn",
      "forms/coordinator-review.form", "forms/review-overdue-escalation.form", "forms/supervision-progress.form",
      "forms/supervision-escalation.form"};

  @AfterEach
  void removeDeployments() {
    ProcessEngine e = engine.getProcessEngine();
    e.getRepositoryService().createDeploymentQuery().list()
        .forEach(d -> e.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  @Test
  void applicationWaitingInTheFirstVersionContinuesOnTheLatestAndCallsTheCaseProcess() {
    ProcessEngine e = engine.getProcessEngine();
    deploy(e, "migration/cross-execution-application-v1.bpmn");
    ProcessInstance old = e.getRuntimeService().startProcessInstanceByKey("cross-execution-application", "application-1",
        Map.of("caseId", "case-1"));
    // bring it to the hand-off, where a first-version instance would end without a case process
    e.getRuntimeService().createProcessInstanceModification(old.getId())
        .cancelAllForActivity("Task_CheckCompleteness").startBeforeActivity("Task_HandOffEnforcement").execute();
    deploy(e, "bpmn/cross-execution-application.bpmn", "bpmn/coordinated-enforcement.bpmn");

    int moved = new ModelMigration(e.getRepositoryService(), e.getRuntimeService()).migrateToLatest("cross-execution-application");

    assertThat(moved).isEqualTo(1);
    String latest = e.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cross-execution-application")
        .latestVersion().singleResult().getId();
    assertThat(e.getRuntimeService().createProcessInstanceQuery().processInstanceId(old.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(latest);
    var handOff = e.getExternalTaskService().fetchAndLock(1, "test").topic("intake.hand-off-enforcement", 10_000).execute().get(0);
    e.getExternalTaskService().complete(handOff.getId(), "test");
    assertThat(e.getRuntimeService().getActiveActivityIds(old.getId())).containsExactly("CallActivity_CoordinatedEnforcement");
    assertThat(e.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("coordinated-enforcement")
        .processInstanceBusinessKey("case-1").count()).isEqualTo(1);
    // nothing left to move the second time
    assertThat(new ModelMigration(e.getRepositoryService(), e.getRuntimeService()).migrateToLatest("cross-execution-application"))
        .isZero();
  }

  private static void deploy(ProcessEngine e, String... resources) {
    var deployment = e.getRepositoryService().createDeployment();
    for (String resource : resources) {
      deployment.addClasspathResource(resource);
    }
    for (String resource : SHARED) {
      deployment.addClasspathResource(resource);
    }
    deployment.deploy();
  }
}
