package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.ConditionalOnEngine;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, moves running instances of the configured models to their latest version (see {@link ModelMigration}). */
@ConditionalOnEngine
@Component
class ModelMigrationAtStart {

  private static final Logger log = LoggerFactory.getLogger(ModelMigrationAtStart.class);

  private final ModelMigration migration;
  private final List<String> keys;

  ModelMigrationAtStart(RepositoryService repository, RuntimeService runtime,
      @Value("${crossexec.workflow.migrate-to-latest:}") List<String> keys) {
    this.migration = new ModelMigration(repository, runtime);
    this.keys = keys;
  }

  @Order(Ordered.HIGHEST_PRECEDENCE) // before the case reconciliation looks for cases without a process
  @EventListener(ApplicationReadyEvent.class)
  void migrate() {
    for (String key : keys) {
      try {
        migration.migrateToLatest(key);
      } catch (RuntimeException e) {
        // an instance that cannot move stays on its version and goes on there; people see it in Cockpit
        log.error("Could not migrate running instances of {} to its latest version", key, e);
      }
    }
  }
}
