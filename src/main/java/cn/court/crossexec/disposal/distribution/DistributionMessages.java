package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A distribution opened (by the court, or by the disposal summary in a worker process) gets process
 * {@code distribution} (business key = the case id) through a durable process message recorded in the opening
 * transaction: started by the engine after commit, once per distribution id, in whichever process opened it.
 */
@Component
class DistributionMessages {

  private final ProcessMessages messages;

  DistributionMessages(ProcessMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void on(DistributionOpened opened) {
    messages.send(ProcessMessage.start(DistributionProcess.PROCESS, opened.caseId(), opened.variables(), "distributionId")
        .describedAs("启动参与分配流程（分配 " + opened.distributionId() + "）"));
  }
}
