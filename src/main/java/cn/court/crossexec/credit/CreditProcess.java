package cn.court.crossexec.credit;

import cn.court.crossexec.platform.ConditionalOnEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine side of credit discipline: ends the process of a proposal withdrawn before its decision. Its start and
 * its messages go through the durable process messages ({@link CreditMessages}), so they also work when the job
 * workers that cause them run in a separate process.
 */
@ConditionalOnEngine
@Component
class CreditProcess {

  static final String PROCESS = "credit-discipline";

  private final RuntimeService runtime;

  CreditProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(CreditEvents.ProposalWithdrawn withdrawn) {
    runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(withdrawn.caseId())
        .variableValueEquals("disciplineId", withdrawn.disciplineId()).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), withdrawn.reason()));
  }
}
