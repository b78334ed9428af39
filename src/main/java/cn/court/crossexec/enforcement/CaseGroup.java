package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Centralized enforcement (集中执行): the cases against one debtor under one coordinating court, run by one court. */
@Entity
@Table(name = "case_group")
class CaseGroup {

  @Id private String id;

  @Column(name = "debtor_id_number", nullable = false)
  private String debtorIdNumber;

  @Column(name = "debtor_name", nullable = false)
  private String debtorName;

  @Column(name = "coordinating_court_code", nullable = false)
  private String coordinatingCourtCode;

  @Column(name = "executing_court_code", nullable = false)
  private String executingCourtCode;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected CaseGroup() {}

  CaseGroup(String id, String debtorIdNumber, String debtorName, String coordinatingCourtCode, String executingCourtCode,
      OffsetDateTime createdAt) {
    this.id = id;
    this.debtorIdNumber = debtorIdNumber;
    this.debtorName = debtorName;
    this.coordinatingCourtCode = coordinatingCourtCode;
    this.executingCourtCode = executingCourtCode;
    this.createdAt = createdAt;
  }

  String getId() { return id; }
  String getDebtorIdNumber() { return debtorIdNumber; }
  String getDebtorName() { return debtorName; }
  String getCoordinatingCourtCode() { return coordinatingCourtCode; }
  String getExecutingCourtCode() { return executingCourtCode; }
  OffsetDateTime getCreatedAt() { return createdAt; }
}
