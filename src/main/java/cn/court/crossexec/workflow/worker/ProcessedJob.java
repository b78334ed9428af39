package cn.court.crossexec.workflow.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The record that an external task was handled, written in the same transaction as the worker's own writes. */
@Entity
@Table(name = "processed_job")
class ProcessedJob {

  @Id
  @Column(name = "external_task_id")
  private String externalTaskId;

  @Column(nullable = false)
  private String topic;

  @Column(name = "business_key")
  private String businessKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JobResult.Outcome outcome;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "variables_json")
  private String variablesJson;

  @Column(name = "processed_at", nullable = false)
  private OffsetDateTime processedAt;

  protected ProcessedJob() {}

  ProcessedJob(Job job, JobResult result, String variablesJson, OffsetDateTime processedAt) {
    this.externalTaskId = job.id();
    this.topic = job.topic();
    this.businessKey = job.businessKey();
    this.outcome = result.outcome();
    this.errorCode = result.errorCode();
    this.errorMessage = truncate(result.errorMessage());
    this.variablesJson = variablesJson;
    this.processedAt = processedAt;
  }

  private static String truncate(String message) {
    return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
  }

  JobResult.Outcome getOutcome() {
    return outcome;
  }

  String getErrorCode() {
    return errorCode;
  }

  String getErrorMessage() {
    return errorMessage;
  }

  String getVariablesJson() {
    return variablesJson;
  }
}
