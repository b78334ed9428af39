package cn.court.crossexec.workflow;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the running instances of older versions of a model to its latest version when the change keeps the
 * activities they wait in (Camunda's migration API, activities mapped by equal ids). The models to migrate are named
 * in configuration (crossexec.workflow.migrate-to-latest) after the change has been checked to allow it — e.g. the
 * application model that gained the call of the case's process keeps every other activity, so an application
 * waiting anywhere continues on the new version and its case gets a process.
 */
public class ModelMigration {

  private static final Logger log = LoggerFactory.getLogger(ModelMigration.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public ModelMigration(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** @return how many instances were moved to the latest version */
  public int migrateToLatest(String processDefinitionKey) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
        .latestVersion().singleResult();
    if (latest == null) {
      return 0;
    }
    int moved = 0;
    List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
        .list().stream().filter(d -> d.getVersion() < latest.getVersion()).toList();
    for (ProcessDefinition definition : older) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      if (running == 0) {
        continue;
      }
      MigrationPlan plan = runtime.createMigrationPlan(definition.getId(), latest.getId()).mapEqualActivities().build();
      runtime.newMigration(plan)
          .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()))
          .execute();
      moved += (int) running;
      log.info("Migrated {} instances of {} v{} to v{}", running, processDefinitionKey, definition.getVersion(), latest.getVersion());
    }
    return moved;
  }
}
