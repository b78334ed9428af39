package cn.court.crossexec.platform;

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
 * Keeps the technical records that make retries safe from growing without bound: responses kept for
 * Idempotency-Key replays, and the record of handled external tasks. Both are only needed while a client or the
 * engine might still repeat the same request, which is minutes or days, not months. Business data is never touched.
 */
@Component
public class RetentionCleanup {

  private static final Logger log = LoggerFactory.getLogger(RetentionCleanup.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period idempotencyKeys;
  private final Period processedJobs;

  RetentionCleanup(JdbcTemplate jdbc, Clock clock,
      @Value("${crossexec.retention.idempotency-keys:P30D}") Period idempotencyKeys,
      @Value("${crossexec.retention.processed-jobs:P90D}") Period processedJobs) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.idempotencyKeys = idempotencyKeys;
    this.processedJobs = processedJobs;
  }

  /** Every night at 02:30 (the courts' time zone), when nobody works. */
  @Scheduled(cron = "${crossexec.retention.cron:0 30 2 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  @Transactional
  public int purge() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int keys = jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", now.minus(idempotencyKeys));
    int jobs = jdbc.update("DELETE FROM processed_job WHERE processed_at < ?", now.minus(processedJobs));
    log.info("Retention: removed {} idempotency records older than {} and {} job records older than {}",
        keys, idempotencyKeys, jobs, processedJobs);
    return keys + jobs;
  }
}
