package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.platform.ConditionalOnEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of a distribution: what the start-up reconciliation needs (is its process running; start it now).
 * A distribution opened by the service gets its process through a durable process message recorded in the opening
 * transaction ({@link DistributionMessages}). Only where the engine runs; the judgments reach the process as
 * CaseMessages.
 */
@ConditionalOnEngine
@Component
class DistributionProcess {

  static final String PROCESS = "distribution";

  private final RuntimeService runtime;

  DistributionProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void start(DistributionOpened opened) {
    runtime.startProcessInstanceByKey(PROCESS, opened.caseId(), opened.variables());
  }

  boolean isRunning(String distributionId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("distributionId", distributionId).count() > 0;
  }
}
