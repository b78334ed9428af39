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

  /** The executing court's enforcement number, e.g. （2026）粤0303执1234号 (case_number is the original case's). */
  @Column(name = "enforcement_number")
  private String enforcementNumber;

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

  @Column(name = "enforcement_filed_on")
  private LocalDate enforcementFiledOn;

  @Column(name = "handler_name")
  private String handlerName;

  @Column(name = "handler_assigned_at")
  private OffsetDateTime handlerAssignedAt;

  @Column(name = "notice_served_on")
  private LocalDate noticeServedOn;

  @Column(name = "report_order_served_on")
  private LocalDate reportOrderServedOn;

  @Column(name = "consumption_restricted_on")
  private LocalDate consumptionRestrictedOn;

  @Column(name = "creditor_interviewed_on")
  private LocalDate creditorInterviewedOn;

  @Column(name = "overdue_step")
  private String overdueStep;

  @Column(name = "limit_due_on")
  private LocalDate limitDueOn;

  @Column(name = "limit_expiry_reported", nullable = false)
  private boolean limitExpiryReported;

  @Column(name = "extension_months", nullable = false)
  private int extensionMonths;

  @Column(name = "inquiry_rounds", nullable = false)
  private int inquiryRounds;

  @Column(name = "requeries_done", nullable = false)
  private int requeriesDone;

  @Column(name = "settlement_terms")
  private String settlementTerms;

  @Column(name = "settlement_due_on")
  private LocalDate settlementDueOn;

  @Column(name = "for_now_on")
  private LocalDate forNowOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closing_note")
  private String closingNote;

  @Column(name = "case_group_id")
  private String caseGroupId;

  @Column(name = "applicant_user_id")
  private String applicantUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false)
  private CaseType caseType = CaseType.LITIGATION;

  /** When a 终本 case was last resumed: the three months before another 终本 count from then. */
  @Column(name = "resumed_on")
  private LocalDate resumedOn;

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
    // The executing court files the case on the hand-over: the six-month limit runs from then.
    this.enforcementFiledOn = now.toLocalDate();
    this.applicantUserId = c.applicantUserId();
    this.caseType = c.caseType() == null ? CaseType.LITIGATION : c.caseType();
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

  void handlerAssigned(String name, OffsetDateTime at) {
    this.handlerName = name;
    this.handlerAssignedAt = at;
    this.overdueStep = null;
  }

  void noticeServed(LocalDate noticeOn, LocalDate reportOrderOn, LocalDate consumptionRestrictedOn) {
    this.noticeServedOn = noticeOn;
    this.reportOrderServedOn = reportOrderOn;
    if (consumptionRestrictedOn != null) {
      this.consumptionRestrictedOn = consumptionRestrictedOn;
    }
    this.overdueStep = null;
  }

  void consumptionRestricted(LocalDate on) {
    if (consumptionRestrictedOn == null) {
      consumptionRestrictedOn = on;
    }
  }

  void creditorInterviewed(LocalDate on) {
    this.creditorInterviewedOn = on;
  }

  void overdue(String step) {
    this.overdueStep = step;
  }

  void limit(LocalDate dueOn) {
    if (!dueOn.equals(limitDueOn)) {
      this.limitExpiryReported = false; // a new date is watched afresh
    }
    this.limitDueOn = dueOn;
  }

  void limitExpiryReported() {
    this.limitExpiryReported = true;
  }

  void extended(int months) {
    this.extensionMonths += months;
  }

  int nextInquiryRound() {
    return ++inquiryRounds;
  }

  void requeried() {
    this.requeriesDone++;
  }

  void settle(String terms, LocalDate dueOn) {
    this.settlementTerms = terms;
    this.settlementDueOn = dueOn;
    this.status = CaseStatus.SETTLEMENT;
  }

  void terminateForNow(LocalDate on) {
    this.status = CaseStatus.TERMINATED_FOR_NOW;
    this.forNowOn = on;
    this.requeriesDone = 0;
  }

  void resume(LocalDate on) {
    this.status = CaseStatus.OPEN;
    this.closedOn = null;
    if (on != null) {
      this.resumedOn = on; // only a resumption after 终本 starts the three months again
    }
  }

  void close(CaseStatus how, LocalDate on, String note) {
    this.status = how;
    this.closedOn = on;
    this.closingNote = note;
  }

  void joinGroup(String groupId, String groupExecutingCourt) {
    this.caseGroupId = groupId;
    this.executingCourtCode = groupExecutingCourt;
  }

  boolean isCoordinatedBy(java.util.Set<String> courtCodes) {
    return courtCodes.contains(coordinatingCourtCode);
  }

  boolean isExecutedBy(java.util.Set<String> courtCodes) {
    return courtCodes.contains(executingCourtCode);
  }

  void addCourt(String courtCode, String role) {
    if (courts.stream().noneMatch(c -> c.getCourtCode().equals(courtCode))) {
      courts.add(new CaseCourt(courtCode, role));
    }
  }

  boolean isApplicant(String userId) {
    return applicantUserId != null && applicantUserId.equals(userId);
  }

  boolean involves(java.util.Set<String> courtCodes) {
    return courts.stream().anyMatch(c -> courtCodes.contains(c.getCourtCode()));
  }

  String getId() { return id; }
  String getApplicationId() { return applicationId; }
  String getCaseNumber() { return caseNumber; }

  String getEnforcementNumber() { return enforcementNumber; }

  void numbered(String number) { this.enforcementNumber = number; }
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
  LocalDate getEnforcementFiledOn() { return enforcementFiledOn; }
  String getHandlerName() { return handlerName; }
  OffsetDateTime getHandlerAssignedAt() { return handlerAssignedAt; }
  LocalDate getNoticeServedOn() { return noticeServedOn; }
  LocalDate getReportOrderServedOn() { return reportOrderServedOn; }
  LocalDate getConsumptionRestrictedOn() { return consumptionRestrictedOn; }
  LocalDate getCreditorInterviewedOn() { return creditorInterviewedOn; }
  String getOverdueStep() { return overdueStep; }
  LocalDate getLimitDueOn() { return limitDueOn; }
  boolean isLimitExpiryReported() { return limitExpiryReported; }
  int getExtensionMonths() { return extensionMonths; }
  int getInquiryRounds() { return inquiryRounds; }
  int getRequeriesDone() { return requeriesDone; }
  String getSettlementTerms() { return settlementTerms; }
  LocalDate getSettlementDueOn() { return settlementDueOn; }
  LocalDate getForNowOn() { return forNowOn; }
  LocalDate getClosedOn() { return closedOn; }
  String getClosingNote() { return closingNote; }
  String getCaseGroupId() { return caseGroupId; }
  List<CaseParty> getParties() { return parties; }
  CaseType getCaseType() { return caseType; }
  LocalDate getResumedOn() { return resumedOn; }
}
