package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.workflow.ConditionalOnEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine side of a distribution: starts process {@code distribution} (business key = the case id) in the
 * transaction that opened it, so a distribution never exists without its process or the other way round. Only where
 * the engine runs; the judgments reach the process as CaseMessages through the case's engine side.
 */
@ConditionalOnEngine
@Component
class DistributionProcess {

  static final String PROCESS = "distribution";

  private final RuntimeService runtime;

  DistributionProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DistributionOpened opened) {
    runtime.startProcessInstanceByKey(PROCESS, opened.caseId(), opened.variables());
  }

  boolean isRunning(String distributionId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("distributionId", distributionId).count() > 0;
  }
}
