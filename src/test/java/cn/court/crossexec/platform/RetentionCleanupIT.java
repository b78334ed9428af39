package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RetentionCleanupIT {

  @Autowired RetentionCleanup cleanup;
  @Autowired cn.court.crossexec.workflow.worker.ProcessedJobRetention jobRetention;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oldTechnicalRecordsGoRecentOnesStay() {
    String oldKey = insertIdempotency(OffsetDateTime.now().minusDays(31));
    String newKey = insertIdempotency(OffsetDateTime.now().minusDays(1));
    String oldJob = insertProcessedJob(OffsetDateTime.now().minusDays(91));
    String newJob = insertProcessedJob(OffsetDateTime.now().minusDays(89));

    cleanup.purge();
    jobRetention.purge();

    assertThat(count("idempotent_request", "idempotency_key", oldKey)).isZero();
    assertThat(count("idempotent_request", "idempotency_key", newKey)).isOne();
    assertThat(count("processed_job", "external_task_id", oldJob)).isZero();
    assertThat(count("processed_job", "external_task_id", newJob)).isOne();
  }

  private String insertIdempotency(OffsetDateTime at) {
    String key = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO idempotent_request (idempotency_key, principal, request_method, request_path, request_hash,"
        + " response_status, created_at) VALUES (?, 'retention-test', 'POST', '/api/x', 'h', 201, ?)", key, at);
    return key;
  }

  private String insertProcessedJob(OffsetDateTime at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO processed_job (external_task_id, topic, outcome, processed_at) VALUES (?, 'test.work', 'COMPLETED', ?)", id, at);
    return id;
  }

  private int count(String table, String column, String value) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, value);
  }
}
