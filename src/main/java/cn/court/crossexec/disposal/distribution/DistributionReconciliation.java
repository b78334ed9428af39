package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.platform.ConditionalOnEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, an unfinished distribution without its process gets one (e.g. opened before the model was deployed).
 * Only before the plan is served: until then nothing is paid and drafting again is harmless. A served plan without
 * its process needs a person (its windows and escrow cannot be guessed); it is logged loudly on the case.
 */
@ConditionalOnEngine
@Component
class DistributionReconciliation {

  private static final Logger log = LoggerFactory.getLogger(DistributionReconciliation.class);

  private final DistributionRecords records;
  private final DistributionProcess process;
  private final DistributionService service;
  private final DistributionCases cases;
  private final TransactionTemplate transactions;

  DistributionReconciliation(DistributionRecords records, DistributionProcess process, DistributionService service,
      DistributionCases cases, TransactionTemplate transactions) {
    this.records = records;
    this.process = process;
    this.service = service;
    this.cases = cases;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    reconcile();
  }

  /**
   * Also every few minutes: a distribution opened by a job worker running in a separate worker process (no engine
   * there to start its process in the same transaction) gets its process here.
   */
  @Scheduled(fixedDelayString = "${crossexec.disposal.distribution.reconcile-every:PT5M}",
      initialDelayString = "${crossexec.disposal.distribution.reconcile-every:PT5M}")
  void everyFewMinutes() {
    int started = reconcile();
    if (started > 0) {
      log.info("{} distributions got their process", started);
    }
  }

  /** @return how many distributions got their process */
  int reconcile() {
    int started = 0;
    for (Distribution d : records.unfinished()) {
      try {
        Boolean repaired = transactions.execute(tx -> repair(d));
        started += Boolean.TRUE.equals(repaired) ? 1 : 0;
      } catch (RuntimeException e) {
        // one broken distribution must not keep the others from their processes, nor the application from starting
        log.error("Distribution {} of case {} could not get its process", d.id(), d.caseId(), e);
      }
    }
    return started;
  }

  private boolean repair(Distribution d) {
    if (process.isRunning(d.id())) {
      return false;
    }
    if (d.status() != DistributionStatus.CLAIMS_OPEN && d.status() != DistributionStatus.DRAFTED) {
      log.error("Distribution {} of case {} is {} without a process: it needs a manual repair", d.id(), d.caseId(), d.status());
      return false;
    }
    process.start(new DistributionOpened(d.caseId(), d.id(), service.processVariables(d)));
    cases.record(d.caseId(), "PROCESS_STARTED", "参与分配无运行中的流程，已自动启动", DistributionCases.SYSTEM);
    return true;
  }
}
