package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConditionalOnEngine;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing is lost between the tables and the models: at start-up and every night, a case being enforced without a
 * running process gets one (cases opened before the lifecycle model existed, or whose start was lost), and a
 * measure in force without a watch gets one. Each repair is its own transaction and is logged on the case.
 */
@ConditionalOnEngine
@Component
class CaseProcessReconciliation {

  private static final Logger log = LoggerFactory.getLogger(CaseProcessReconciliation.class);

  private final JdbcTemplate jdbc;
  private final CaseProcess process;
  private final CaseSteps steps;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CaseProcessReconciliation(JdbcTemplate jdbc, CaseProcess process, CaseSteps steps, TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.process = process;
    this.steps = steps;
    this.transactions = transactions;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    reconcile();
  }

  @Scheduled(cron = "${crossexec.enforcement.reconcile-cron:0 40 0 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  void nightly() {
    reconcile();
  }

  /** Every case. @return how many processes were started or measures put under watch */
  int reconcile() {
    return reconcile(null);
  }

  /** One case (or every case when null). @return how many processes were started or measures put under watch */
  int reconcile(String onlyCaseId) {
    int repaired = 0;
    // a case just opened is still being handed to its process by the application's call activity: leave it alone
    OffsetDateTime settled = OffsetDateTime.now(clock).minusMinutes(10);
    List<String> open = jdbc.queryForList("SELECT id FROM enforcement_case WHERE status = 'OPEN' AND opened_at < ?"
        + " AND (CAST(? AS VARCHAR(36)) IS NULL OR id = ?)", String.class, settled, onlyCaseId, onlyCaseId);
    for (String caseId : open) {
      Boolean started = transactions.execute(tx -> {
        if (process.isRunning(caseId) || process.isHandingOver(caseId)) {
          return false;
        }
        process.start(caseId);
        steps.record(caseId, "PROCESS_STARTED", "案件无运行中的流程，已自动启动协同执行流程", null);
        return true;
      });
      repaired += Boolean.TRUE.equals(started) ? 1 : 0;
    }
    List<Map<String, Object>> measures = jdbc.queryForList(
        "SELECT m.id, m.case_id FROM control_measure m JOIN enforcement_case c ON c.id = m.case_id"
            + " WHERE m.status IN ('EFFECTIVE', 'WAITING') AND c.status NOT IN ('PERFORMED', 'TERMINATED', 'WITHDRAWN')"
            + " AND (CAST(? AS VARCHAR(36)) IS NULL OR c.id = ?)", onlyCaseId, onlyCaseId);
    for (Map<String, Object> row : measures) {
      long measureId = ((Number) row.get("id")).longValue();
      String caseId = (String) row.get("case_id");
      Boolean watched = transactions.execute(tx -> {
        if (process.isWatched(caseId, measureId) || !process.isRunning(caseId)) {
          return false;
        }
        process.deliverNow(new CaseMessage(caseId, "MeasureTaken", Map.of("measureId", String.valueOf(measureId)), false, null, null, null));
        return true;
      });
      repaired += Boolean.TRUE.equals(watched) ? 1 : 0;
    }
    if (repaired > 0) {
      log.warn("Reconciliation repaired {} cases or measures without their process", repaired);
    }
    return repaired;
  }
}
