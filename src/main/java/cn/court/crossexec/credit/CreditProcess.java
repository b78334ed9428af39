package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.ConditionalOnEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine side of credit discipline: starts process {@code credit-discipline} (business key = the case id) and
 * delivers its messages in the transaction of the change, so an entry never changes without its process or the other
 * way round (as the distribution's process is started). Messages are correlated by the discipline's id.
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
  void on(CreditEvents.Proposed proposed) {
    runtime.startProcessInstanceByKey(PROCESS, proposed.caseId(), proposed.variables());
  }

  @EventListener
  void on(CreditEvents.RemovalRequested removal) {
    runtime.createMessageCorrelation("CreditRemovalRequested").processInstanceBusinessKey(removal.caseId())
        .processInstanceVariableEquals("disciplineId", removal.disciplineId())
        .setVariable("removalDueAt", removal.removalDueAt()).correlateWithResult();
  }

  @EventListener
  void on(CreditEvents.CorrectionFiled filed) {
    runtime.createMessageCorrelation("CorrectionRequested").processInstanceBusinessKey(filed.caseId())
        .processInstanceVariableEquals("disciplineId", filed.disciplineId())
        .setVariable("correctionDueAt", filed.correctionDueAt()).correlateWithResult();
  }

  @EventListener
  void on(CreditEvents.ProposalWithdrawn withdrawn) {
    runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(withdrawn.caseId())
        .variableValueEquals("disciplineId", withdrawn.disciplineId()).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), withdrawn.reason()));
  }
}
