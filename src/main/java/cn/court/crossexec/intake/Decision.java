package cn.court.crossexec.intake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The command centre's cross-execution decision on an application, with the courts and their roles. */
@Entity
@Table(name = "xe_decision")
class Decision {

  @Id
  @Column(name = "application_id")
  private String applicationId;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_mode", nullable = false)
  private EnforcementMode proposedMode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnforcementMode mode;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "coordinating_court_code", nullable = false)
  private String coordinatingCourtCode;

  @Column(name = "executing_court_code", nullable = false)
  private String executingCourtCode;

  @Column(nullable = false)
  private String necessity;

  @Column(nullable = false)
  private String convenience;

  @Column(nullable = false)
  private String regularity;

  @Column(nullable = false)
  private String reasons;

  @Column(name = "supervision_due_on")
  private LocalDate supervisionDueOn;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  @Column(nullable = false)
  private int revision;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "application_id", nullable = false)
  private List<DecisionCourt> courts = new ArrayList<>();

  protected Decision() {}

  Decision(String applicationId, String caseId, DecisionDraft draft, String decidedBy, OffsetDateTime decidedAt,
      LocalDate supervisionDueOn) {
    this.applicationId = applicationId;
    this.caseId = caseId;
    this.revision = 1;
    apply(draft, decidedBy, decidedAt, supervisionDueOn);
  }

  /** A later change of mode, e.g. supervised enforcement that failed becomes directed or elevated. */
  void revise(DecisionDraft draft, String decidedBy, OffsetDateTime decidedAt) {
    revision++;
    apply(draft, decidedBy, decidedAt, null);
  }

  private void apply(DecisionDraft draft, String decidedBy, OffsetDateTime decidedAt, LocalDate supervisionDueOn) {
    this.category = draft.category();
    this.proposedMode = draft.proposedMode();
    this.mode = draft.mode();
    this.overrideReason = draft.overrideReason();
    this.coordinatingCourtCode = draft.coordinatingCourtCode();
    this.executingCourtCode = draft.executingCourtCode();
    this.necessity = draft.necessity();
    this.convenience = draft.convenience();
    this.regularity = draft.regularity();
    this.reasons = draft.reasons();
    this.supervisionDueOn = supervisionDueOn;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    courts.clear();
    courts.add(new DecisionCourt(draft.coordinatingCourtCode(), CourtRole.COORDINATING));
    courts.add(new DecisionCourt(draft.executingCourtCode(), CourtRole.EXECUTING));
    courts.add(new DecisionCourt(draft.originalCourtCode(), CourtRole.ORIGINAL));
    draft.participatingCourtCodes().forEach(code -> courts.add(new DecisionCourt(code, CourtRole.PARTICIPATING)));
  }

  String getApplicationId() { return applicationId; }
  String getCaseId() { return caseId; }
  CaseCategory getCategory() { return category; }
  EnforcementMode getProposedMode() { return proposedMode; }
  EnforcementMode getMode() { return mode; }
  String getOverrideReason() { return overrideReason; }
  String getCoordinatingCourtCode() { return coordinatingCourtCode; }
  String getExecutingCourtCode() { return executingCourtCode; }
  String getNecessity() { return necessity; }
  String getConvenience() { return convenience; }
  String getRegularity() { return regularity; }
  String getReasons() { return reasons; }
  LocalDate getSupervisionDueOn() { return supervisionDueOn; }
  String getDecidedBy() { return decidedBy; }
  OffsetDateTime getDecidedAt() { return decidedAt; }
  int getRevision() { return revision; }
  List<DecisionCourt> getCourts() { return courts; }
}
