package cn.court.crossexec.enforcement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A coordinated enforcement case: one decided cross-execution case with its courts and parties. */
@Entity
@Table(name = "enforcement_case")
class EnforcementCase {

  @Id private String id;

  @Column(name = "application_id", nullable = false)
  private String applicationId;

  @Column(name = "case_number", nullable = false)
  private String caseNumber;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String mode;

  @Column(name = "coordinating_court_code", nullable = false)
  private String coordinatingCourtCode;

  @Column(name = "executing_court_code", nullable = false)
  private String executingCourtCode;

  @Column(name = "original_court_code", nullable = false)
  private String originalCourtCode;

  @Column(name = "filed_on", nullable = false)
  private LocalDate filedOn;

  @Column(name = "amount_claimed_fen", nullable = false)
  private long amountClaimedFen;

  @Column(name = "recovered_fen", nullable = false)
  private long recoveredFen;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private OffsetDateTime openedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  private List<CaseCourt> courts = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderBy("position")
  private List<CaseParty> parties = new ArrayList<>();

  protected EnforcementCase() {}

  EnforcementCase(OpenCaseCommand c, OffsetDateTime now) {
    this.id = c.caseId();
    this.applicationId = c.applicationId();
    this.caseNumber = c.caseNumber();
    this.category = c.category();
    this.mode = c.mode();
    this.coordinatingCourtCode = c.coordinatingCourtCode();
    this.executingCourtCode = c.executingCourtCode();
    this.originalCourtCode = c.originalCourtCode();
    this.filedOn = c.filedOn();
    this.amountClaimedFen = c.amountClaimedFen();
    this.recoveredFen = 0;
    this.status = CaseStatus.OPEN;
    this.openedBy = c.openedBy();
    this.openedAt = now;
    c.courts().forEach(court -> courts.add(new CaseCourt(court.courtCode(), court.role())));
    int position = 0;
    for (OpenCaseCommand.Party p : c.parties()) {
      parties.add(new CaseParty(p.role(), position++, p.name(), p.type(), p.idNumber()));
    }
  }

  void received(long amountFen) {
    this.recoveredFen = Math.addExact(recoveredFen, amountFen);
  }

  /** Courts that may record money received: the executing court and the coordinating command centre. */
  boolean receivesMoneyAt(java.util.Set<String> courtCodes) {
    return courtCodes.contains(executingCourtCode) || courtCodes.contains(coordinatingCourtCode);
  }

  boolean involves(java.util.Set<String> courtCodes) {
    return courts.stream().anyMatch(c -> courtCodes.contains(c.getCourtCode()));
  }

  String getId() { return id; }
  String getApplicationId() { return applicationId; }
  String getCaseNumber() { return caseNumber; }
  String getCategory() { return category; }
  String getMode() { return mode; }
  String getCoordinatingCourtCode() { return coordinatingCourtCode; }
  String getExecutingCourtCode() { return executingCourtCode; }
  String getOriginalCourtCode() { return originalCourtCode; }
  LocalDate getFiledOn() { return filedOn; }
  long getAmountClaimedFen() { return amountClaimedFen; }
  long getRecoveredFen() { return recoveredFen; }
  CaseStatus getStatus() { return status; }
  String getOpenedBy() { return openedBy; }
  OffsetDateTime getOpenedAt() { return openedAt; }
  List<CaseCourt> getCourts() { return courts; }
  List<CaseParty> getParties() { return parties; }
}
