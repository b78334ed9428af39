package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A request to extend the six-month limit and the president's decision on it. */
@Entity
@Table(name = "case_extension_request")
class ExtensionRequest {

  enum Status { PENDING, APPROVED, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private int months;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  protected ExtensionRequest() {}

  ExtensionRequest(String caseId, String reason, int months, String requestedBy, OffsetDateTime requestedAt) {
    this.caseId = caseId;
    this.reason = reason;
    this.months = months;
    this.status = Status.PENDING;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void decide(boolean approved, String by, String note, OffsetDateTime at) {
    this.status = approved ? Status.APPROVED : Status.REJECTED;
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = at;
  }

  Long getId() { return id; }
  String getCaseId() { return caseId; }
  String getReason() { return reason; }
  int getMonths() { return months; }
  Status getStatus() { return status; }
  String getRequestedBy() { return requestedBy; }
  OffsetDateTime getRequestedAt() { return requestedAt; }
  String getDecidedBy() { return decidedBy; }
  OffsetDateTime getDecidedAt() { return decidedAt; }
  String getDecisionNote() { return decisionNote; }
}
