package cn.court.crossexec.intake;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A cross-execution application or referral. Its id is the business key of its process instance. */
@Entity
@Table(name = "xe_application")
class Application {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationSource source;

  @Column(name = "case_number", nullable = false)
  private String caseNumber;

  @Column(name = "original_court_code", nullable = false)
  private String originalCourtCode;

  @Column(name = "coordinating_court_code", nullable = false)
  private String coordinatingCourtCode;

  @Column(name = "filed_on", nullable = false)
  private LocalDate filedOn;

  /** The day the original court received the application for enforcement: the six months count from it. */
  @Column(name = "original_court_received_on", nullable = false)
  private LocalDate originalCourtReceivedOn;

  @Column(name = "amount_claimed_fen", nullable = false)
  private long amountClaimedFen;

  @Column(name = "asset_leads")
  private String assetLeads;

  @Column(nullable = false)
  private String reasons;

  private String indicators;

  private String materials;

  @Column(name = "parties_wishes")
  private String partiesWishes;

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationStatus status;

  @Column(name = "missing_material")
  private String missingMaterial;

  @Column(name = "supplement_due_on")
  private LocalDate supplementDueOn;

  private Boolean eligible;

  @Enumerated(EnumType.STRING)
  private CaseCategory category;

  @Column(name = "eligibility_reason")
  private String eligibilityReason;

  @Column(name = "effective_stall_months")
  private Integer effectiveStallMonths;

  /** The first day on which more than the statutory months had passed (excluded periods added), as judged. */
  @Column(name = "stall_eligible_from")
  private LocalDate stallEligibleFrom;

  /** The last day of the superior court's review period (it ends at 24:00 court time). */
  @Column(name = "review_due_on")
  private LocalDate reviewDueOn;

  /** The mode the DMN proposed and the court proposed for it: what an override is measured against. */
  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_mode")
  private EnforcementMode proposedMode;

  @Column(name = "proposed_executing_court_code")
  private String proposedExecutingCourtCode;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "case_id")
  private String caseId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "application_id", nullable = false)
  @OrderBy("position")
  private List<ApplicationParty> parties = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "application_id", nullable = false)
  @OrderBy("fromDate")
  private List<ExcludedPeriod> excludedPeriods = new ArrayList<>();

  protected Application() {}

  Application(String id, ApplicationSource source, String caseNumber, String originalCourtCode,
      String coordinatingCourtCode, LocalDate filedOn, LocalDate originalCourtReceivedOn, long amountClaimedFen, String assetLeads, String reasons,
      Set<Indicator> indicators, Set<Material> materials, String partiesWishes, String submittedBy, OffsetDateTime now) {
    this.id = id;
    this.source = source;
    this.caseNumber = caseNumber;
    this.originalCourtCode = originalCourtCode;
    this.coordinatingCourtCode = coordinatingCourtCode;
    this.filedOn = filedOn;
    this.originalCourtReceivedOn = originalCourtReceivedOn == null ? filedOn : originalCourtReceivedOn;
    this.amountClaimedFen = amountClaimedFen;
    this.assetLeads = assetLeads;
    this.reasons = reasons;
    this.indicators = join(indicators);
    this.materials = join(materials);
    this.partiesWishes = partiesWishes;
    this.submittedBy = submittedBy;
    this.status = ApplicationStatus.SUBMITTED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void addParty(ApplicationParty party) {
    parties.add(party);
  }

  void addExcludedPeriod(ExcludedPeriod period) {
    excludedPeriods.add(period);
  }

  void addMaterials(Set<Material> more, OffsetDateTime now) {
    Set<Material> all = materialSet();
    all.addAll(more);
    this.materials = join(all);
    this.updatedAt = now;
  }

  void awaitSupplement(String missing, LocalDate dueOn, OffsetDateTime now) {
    this.status = ApplicationStatus.AWAITING_SUPPLEMENT;
    this.missingMaterial = missing;
    this.supplementDueOn = dueOn;
    this.updatedAt = now;
  }

  void assessed(boolean eligible, CaseCategory category, String reason, int effectiveStallMonths, OffsetDateTime now) {
    this.status = ApplicationStatus.UNDER_REVIEW;
    this.missingMaterial = null;
    this.supplementDueOn = null;
    this.eligible = eligible;
    this.category = category;
    this.eligibilityReason = reason;
    this.effectiveStallMonths = effectiveStallMonths;
    this.updatedAt = now;
  }

  void stallMeasured(int months, LocalDate eligibleFrom, OffsetDateTime now) {
    this.effectiveStallMonths = months;
    this.stallEligibleFrom = eligibleFrom;
    this.status = ApplicationStatus.UNDER_REVIEW;
    this.missingMaterial = null;
    this.supplementDueOn = null;
    this.updatedAt = now;
  }

  void proposed(EnforcementMode mode, String executingCourtCode, LocalDate reviewLastDay, OffsetDateTime now) {
    this.proposedMode = mode;
    this.proposedExecutingCourtCode = executingCourtCode;
    this.reviewDueOn = reviewLastDay;
    this.updatedAt = now;
  }

  void reject(String reason, OffsetDateTime now) {
    this.status = ApplicationStatus.REJECTED;
    this.rejectionReason = reason;
    this.updatedAt = now;
  }

  void lapse(OffsetDateTime now) {
    this.status = ApplicationStatus.LAPSED;
    this.updatedAt = now;
  }

  void decided(String caseId, boolean supervising, OffsetDateTime now) {
    this.caseId = caseId;
    this.status = supervising ? ApplicationStatus.SUPERVISING : ApplicationStatus.DECIDED;
    this.updatedAt = now;
  }

  Set<Material> materialSet() {
    return split(materials, Material.class);
  }

  Set<Indicator> indicatorSet() {
    return split(indicators, Indicator.class);
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s.trim())).forEach(result::add);
    }
    return result;
  }

  String getId() { return id; }
  ApplicationSource getSource() { return source; }
  String getCaseNumber() { return caseNumber; }
  String getOriginalCourtCode() { return originalCourtCode; }
  String getCoordinatingCourtCode() { return coordinatingCourtCode; }
  LocalDate getFiledOn() { return filedOn; }
  LocalDate getOriginalCourtReceivedOn() { return originalCourtReceivedOn; }
  LocalDate getStallEligibleFrom() { return stallEligibleFrom; }
  LocalDate getReviewDueOn() { return reviewDueOn; }
  EnforcementMode getProposedMode() { return proposedMode; }
  String getProposedExecutingCourtCode() { return proposedExecutingCourtCode; }
  long getAmountClaimedFen() { return amountClaimedFen; }
  String getAssetLeads() { return assetLeads; }
  String getReasons() { return reasons; }
  String getPartiesWishes() { return partiesWishes; }
  String getSubmittedBy() { return submittedBy; }
  ApplicationStatus getStatus() { return status; }
  String getMissingMaterial() { return missingMaterial; }
  LocalDate getSupplementDueOn() { return supplementDueOn; }
  Boolean getEligible() { return eligible; }
  CaseCategory getCategory() { return category; }
  String getEligibilityReason() { return eligibilityReason; }
  Integer getEffectiveStallMonths() { return effectiveStallMonths; }
  String getRejectionReason() { return rejectionReason; }
  String getCaseId() { return caseId; }
  OffsetDateTime getCreatedAt() { return createdAt; }
  OffsetDateTime getUpdatedAt() { return updatedAt; }
  List<ApplicationParty> getParties() { return parties; }
  List<ExcludedPeriod> getExcludedPeriods() { return excludedPeriods; }
}
