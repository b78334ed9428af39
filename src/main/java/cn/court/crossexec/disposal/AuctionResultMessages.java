package cn.court.crossexec.disposal;

import cn.court.crossexec.gateway.AuctionResultReported;
import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A result of the auction platform, stored in this transaction, is recorded as a durable process message for the
 * disposal waiting for it (correlated by the listing's id): a result that outruns its own listing (the platform
 * answered before the publishing step completed in the engine) is held until the disposal waits; the wait's due time
 * still reads the stored result.
 */
@Component
class AuctionResultMessages {

  private final ProcessMessages messages;

  AuctionResultMessages(ProcessMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void on(AuctionResultReported result) {
    messages.send(ProcessMessage.to("AuctionResultReported", result.caseId())
        .whereVariable("auctionId", result.auctionId())
        .describedAs("网络司法拍卖平台报告拍卖结果（拍卖 " + result.auctionId() + "）"));
  }
}
