package cn.court.crossexec.credit;

import cn.court.crossexec.credit.CreditRecords.Discipline;
import cn.court.crossexec.credit.CreditRecords.Push;
import cn.court.crossexec.gateway.CreditEntry;
import cn.court.crossexec.gateway.CreditPlatformGateway;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes to the credit platform, recorded with the change that causes them and sent after its commit ("at once"); a
 * failed push is tried again with doubling delays and, after crossexec.credit.push-attempts, marked FAILED: visible in
 * the debtor's credit view and the log. Every push carries its own idempotency key, so a retried push publishes or
 * withdraws once.
 */
@Component
class CreditPushes {

  private static final Logger log = LoggerFactory.getLogger(CreditPushes.class);

  private final CreditRecords records;
  private final CreditPlatformGateway platform;
  private final CreditProperties properties;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  CreditPushes(CreditRecords records, CreditPlatformGateway platform, CreditProperties properties,
      PlatformTransactionManager transactions, Clock clock) {
    this.records = records;
    this.platform = platform;
    this.properties = properties;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records a push of the discipline (publish or withdraw, the n-th of its kind) and sends it after commit. */
  void enqueue(String disciplineId, String action) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    long n = records.pushesOf(disciplineId).stream().filter(p -> p.action().equals(action)).count() + 1;
    String key = disciplineId + ":" + action + ":" + n;
    if (!records.insertPush(key, disciplineId, action, now)) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliver(key);
        }
      });
    }
  }

  @Scheduled(fixedDelayString = "${crossexec.credit.push-poll-interval:PT15S}", initialDelayString = "PT30S")
  void retryDue() {
    for (Push push : records.duePushes(OffsetDateTime.now(clock), 50)) {
      deliver(push.key());
    }
  }

  /** One attempt of a push, in its own transaction; never throws (a failure is recorded for the next attempt). */
  void deliver(String key) {
    try {
      newTransaction.executeWithoutResult(status -> attempt(key));
    } catch (RuntimeException e) {
      log.warn("Credit platform push {} could not be recorded: {}", key, e.toString());
    }
  }

  private void attempt(String key) {
    Push push = records.lockPush(key).orElse(null);
    if (push == null || !push.status().equals("PENDING")) {
      return;
    }
    Discipline d = records.find(push.disciplineId()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      String ref = push.action().equals("PUBLISH")
          ? platform.publish(entry(d), key)
          : platform.withdraw(d.id(), d.removalCause() == null ? "SUSPENDED" : d.removalCause().name(), key);
      records.pushDelivered(key, ref, now);
      records.history(d.id(), push.action().equals("PUBLISH") ? "PUSHED_PUBLICATION" : "PUSHED_WITHDRAWAL",
          (push.action().equals("PUBLISH") ? "已推送信用平台公布" : "已推送信用平台撤除公布") + "（回执 " + ref + "）",
          CreditService.SYSTEM, now);
    } catch (RuntimeException e) {
      int attempts = push.attempts() + 1;
      boolean giveUp = attempts >= properties.pushAttempts();
      long delay = (long) properties.pushBackoffSeconds() << Math.min(attempts - 1, 16);
      String error = String.valueOf(e.getMessage());
      records.pushFailed(key, error.length() > 1000 ? error.substring(0, 1000) : error, giveUp, now.plusSeconds(delay));
      if (giveUp) {
        log.warn("Credit platform push {} failed {} times, given up: {}", key, attempts, error);
        records.history(d.id(), "PUSH_FAILED", "推送信用平台失败（已尝试 " + attempts + " 次）：" + error
            + "；请联系信用平台后重新推送", CreditService.SYSTEM, now);
      } else {
        log.info("Credit platform push {} failed (attempt {}), retried in {} s: {}", key, attempts, delay, error);
      }
    }
  }

  private CreditEntry entry(Discipline d) {
    return new CreditEntry(d.id(), d.caseNumber(), d.courtCode(), d.debtorName(), d.debtorIdNumber(), d.debtorType(),
        d.grade(), d.measures(), records.groundsOf(d.id()).stream().map(g -> g.ground().name()).toList(),
        d.outstandingFen() == null ? 0 : d.outstandingFen(), d.termEndsOn());
  }
}
