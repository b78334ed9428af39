package cn.court.crossexec.workflow.worker;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the record of handled external tasks (the ledger that makes a redelivered task a replay) from growing without
 * bound: it is needed only while the engine might hand the same task out again, days rather than months. Owned here,
 * beside the ledger, like the product's other retention (platform's {@code RetentionCleanup} for Idempotency-Key
 * records).
 */
@Component
public class ProcessedJobRetention {

  private static final Logger log = LoggerFactory.getLogger(ProcessedJobRetention.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period processedJobs;

  ProcessedJobRetention(JdbcTemplate jdbc, Clock clock,
      @Value("${crossexec.retention.processed-jobs:P90D}") Period processedJobs) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.processedJobs = processedJobs;
  }

  /** Every night at 02:30 (the courts' time zone), when nobody works. */
  @Scheduled(cron = "${crossexec.retention.cron:0 30 2 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  @Transactional
  public int purge() {
    int jobs = jdbc.update("DELETE FROM processed_job WHERE processed_at < ?", OffsetDateTime.now(clock).minus(processedJobs));
    log.info("Retention: removed {} job records older than {}", jobs, processedJobs);
    return jobs;
  }
}
