package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the credit discipline's process must hear as durable process messages ({@link ProcessMessages}), in the
 * transaction of the change, in every process — the engine's or a worker's (the case's hand-off and closing steps that
 * open a proposal or remove a listing run in job workers). The engine starts or correlates after commit and retries
 * until the model waits; nothing is lost when the workers run apart.
 */
@Component
class CreditMessages {

  private final ProcessMessages messages;

  CreditMessages(ProcessMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void on(CreditEvents.Proposed proposed) {
    messages.send(ProcessMessage.start(CreditProcess.PROCESS, proposed.caseId(), proposed.variables(), "disciplineId")
        .describedAs("启动失信惩戒审查（" + proposed.disciplineId() + "）"));
  }

  @EventListener
  void on(CreditEvents.RemovalRequested removal) {
    messages.send(ProcessMessage.to("CreditRemovalRequested", removal.caseId())
        .whereVariable("disciplineId", removal.disciplineId())
        .withVariables(java.util.Map.of("removalDueAt", removal.removalDueAt()))
        .describedAs("删除失信信息（" + removal.disciplineId() + "）"));
  }

  @EventListener
  void on(CreditEvents.CorrectionFiled filed) {
    messages.send(ProcessMessage.to("CorrectionRequested", filed.caseId())
        .whereVariable("disciplineId", filed.disciplineId())
        .withVariables(java.util.Map.of("correctionDueAt", filed.correctionDueAt()))
        .describedAs("失信纠正申请（" + filed.disciplineId() + "）"));
  }
}
