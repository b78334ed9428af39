package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Append-only record of what happened in a case: who, what, when. */
@Entity
@Table(name = "enforcement_case_event")
class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(name = "event_type", nullable = false)
  private String type;

  private String detail;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected CaseEvent() {}

  CaseEvent(String caseId, String type, String detail, String actor, OffsetDateTime occurredAt) {
    this.caseId = caseId;
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
