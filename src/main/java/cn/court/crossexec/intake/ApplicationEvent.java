package cn.court.crossexec.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Append-only record of what happened to an application: who did it and when. */
@Entity
@Table(name = "xe_application_event")
class ApplicationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private String applicationId;

  @Column(name = "event_type", nullable = false)
  private String type;

  private String detail;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected ApplicationEvent() {}

  ApplicationEvent(String applicationId, String type, String detail, String actor, OffsetDateTime occurredAt) {
    this.applicationId = applicationId;
    this.type = type;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  String getType() { return type; }
  String getDetail() { return detail; }
  String getActor() { return actor; }
  OffsetDateTime getOccurredAt() { return occurredAt; }
}
