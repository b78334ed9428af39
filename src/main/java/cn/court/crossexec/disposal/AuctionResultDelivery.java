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

  /** After a delivery nobody waited for: try again after these delays (the result may outrun its own listing). */
  private static final long[] RETRY_SECONDS = {1, 5, 30, 120};

  private final java.util.concurrent.ScheduledExecutorService retries =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "auction-result-redelivery");
        t.setDaemon(true);
        return t;
      });

  @TransactionalEventListener(fallbackExecution = true)
  void on(AuctionResultReported result) {
    deliver(result, 0);
  }

  /**
   * A result can arrive before the disposal waits for it (the platform answered before the publishing step was
   * completed in the engine): it is offered again a few times; after that the wait's due time reads it.
   */
  private void deliver(AuctionResultReported result, int attempt) {
    try {
      Integer delivered = newTransaction.execute(tx -> runtime.createMessageCorrelation("AuctionResultReported")
          .processInstanceBusinessKey(result.caseId())
          .processInstanceVariableEquals("auctionId", result.auctionId())
          .correlateAllWithResult().size());
      if ((delivered == null || delivered == 0) && attempt < RETRY_SECONDS.length) {
        log.debug("Result of auction {} arrived while no disposal waited for it; offered again", result.auctionId());
        retries.schedule(() -> deliver(result, attempt + 1), RETRY_SECONDS[attempt], java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (RuntimeException e) {
      log.warn("Result of auction {} stored but not delivered now ({}); offered again, else the due time reads it",
          result.auctionId(), e.toString());
      if (attempt < RETRY_SECONDS.length) {
        retries.schedule(() -> deliver(result, attempt + 1), RETRY_SECONDS[attempt], java.util.concurrent.TimeUnit.SECONDS);
      }
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    retries.shutdownNow();
  }
}
