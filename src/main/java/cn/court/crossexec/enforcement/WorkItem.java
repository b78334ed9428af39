package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One joint work item: a court, what to do, by when, and what came of it. */
@Entity
@Table(name = "case_work_item")
class WorkItem {

  enum Status { OPEN, DONE, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false)
  private WorkItemType type;

  @Column(name = "court_code", nullable = false)
  private String courtCode;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private String instructions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  private String outcome;

  private String result;

  @Column(name = "measure_id")
  private Long measureId;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private OffsetDateTime assignedAt;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  protected WorkItem() {}

  WorkItem(String caseId, WorkItemType type, String courtCode, LocalDate dueOn, String instructions, Long leadId,
      String assignedBy, OffsetDateTime assignedAt) {
    this.caseId = caseId;
    this.type = type;
    this.courtCode = courtCode;
    this.dueOn = dueOn;
    this.instructions = instructions;
    this.leadId = leadId;
    this.status = Status.OPEN;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  void remind(OffsetDateTime at) {
    if (status == Status.OPEN) {
      this.overdue = true;
      this.remindedAt = at;
    }
  }

  void complete(String outcome, String result, Long measureId, String by, OffsetDateTime at) {
    this.status = Status.DONE;
    this.outcome = outcome;
    this.result = result;
    this.measureId = measureId;
    this.completedBy = by;
    this.completedAt = at;
  }

  void cancel() {
    if (status == Status.OPEN) {
      this.status = Status.CANCELLED;
    }
  }

  Long getId() { return id; }
  String getCaseId() { return caseId; }
  WorkItemType getType() { return type; }
  String getCourtCode() { return courtCode; }
  LocalDate getDueOn() { return dueOn; }
  String getInstructions() { return instructions; }
  Status getStatus() { return status; }
  boolean isOverdue() { return overdue; }
  OffsetDateTime getRemindedAt() { return remindedAt; }
  String getOutcome() { return outcome; }
  String getResult() { return result; }
  Long getMeasureId() { return measureId; }
  Long getLeadId() { return leadId; }
  String getAssignedBy() { return assignedBy; }
  OffsetDateTime getAssignedAt() { return assignedAt; }
  String getCompletedBy() { return completedBy; }
  OffsetDateTime getCompletedAt() { return completedAt; }
}
