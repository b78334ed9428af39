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
 * Keeps the responses kept for Idempotency-Key replays from growing without bound: they are only needed while a client
 * might still repeat the same request, which is minutes or days, not months. Business data is never touched. (The
 * record of handled external tasks has its own retention, beside its ledger in {@code workflow.worker}.)
 */
@Component
public class RetentionCleanup {

  private static final Logger log = LoggerFactory.getLogger(RetentionCleanup.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period idempotencyKeys;

  RetentionCleanup(JdbcTemplate jdbc, Clock clock,
      @Value("${crossexec.retention.idempotency-keys:P30D}") Period idempotencyKeys) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.idempotencyKeys = idempotencyKeys;
  }

  /** Every night at 02:30 (the courts' time zone), when nobody works. */
  @Scheduled(cron = "${crossexec.retention.cron:0 30 2 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  @Transactional
  public int purge() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int keys = jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", now.minus(idempotencyKeys));
    log.info("Retention: removed {} idempotency records older than {}", keys, idempotencyKeys);
    return keys;
  }
}
