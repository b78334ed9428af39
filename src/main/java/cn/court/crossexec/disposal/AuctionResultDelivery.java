package cn.court.crossexec.disposal;

import cn.court.crossexec.gateway.AuctionResultReported;
import cn.court.crossexec.workflow.ConditionalOnEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a stored result of the auction platform to the disposal waiting for it (correlated by the listing's id),
 * after the result is committed: if the delivery fails or nobody waits yet, the wait's due time reads the stored
 * result, so no result is lost.
 */
@ConditionalOnEngine
@Component
class AuctionResultDelivery {

  private static final Logger log = LoggerFactory.getLogger(AuctionResultDelivery.class);

  private final RuntimeService runtime;
  private final TransactionTemplate newTransaction;

  AuctionResultDelivery(RuntimeService runtime, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AuctionResultReported result) {
    try {
      Integer delivered = newTransaction.execute(tx -> runtime.createMessageCorrelation("AuctionResultReported")
          .processInstanceBusinessKey(result.caseId())
          .processInstanceVariableEquals("auctionId", result.auctionId())
          .correlateAllWithResult().size());
      if (delivered == null || delivered == 0) {
        log.debug("Result of auction {} arrived while no disposal waited for it", result.auctionId());
      }
    } catch (RuntimeException e) {
      log.warn("Result of auction {} stored but not delivered now ({}); the due time will read it", result.auctionId(),
          e.toString());
    }
  }
}
