package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** An application as its applicant, the courts involved and managers see it. */
@Schema(description = "交叉执行申请")
public record ApplicationView(
    String id,
    ApplicationStatus status,
    String statusLabel,
    ApplicationSource source,
    String caseNumber,
    String originalCourtCode,
    String coordinatingCourtCode,
    LocalDate filedOn,
    @Schema(description = "原执行法院收到执行申请之日（六个月自此起算）") LocalDate originalCourtReceivedOn,
    long amountClaimedFen,
    List<Party> applicants,
    List<Party> debtors,
    String assetLeads,
    String reasons,
    Set<Indicator> indicators,
    Set<Material> materials,
    String partiesWishes,
    List<Period> excludedPeriods,
    String missingMaterial,
    LocalDate supplementDueOn,
    Boolean eligible,
    CaseCategory category,
    String eligibilityReason,
    Integer effectiveStallMonths,
    @Schema(description = "超过法定期限（扣除不计入期间）的首日") LocalDate stallEligibleFrom,
    @Schema(description = "审查期限的最后一日（届满于该日24时）") LocalDate reviewDueOn,
    String rejectionReason,
    DecisionView decision,
    String caseId,
    String submittedBy,
    OffsetDateTime createdAt,
    List<Event> events) {

  public record Party(String name, PartyType type, String idNumber) {}

  public record Period(ExcludedPeriodKind kind, LocalDate from, LocalDate to) {}

  public record Event(String type, String detail, String actor, OffsetDateTime occurredAt) {}

  @Schema(description = "交叉执行决定")
  public record DecisionView(
      EnforcementMode mode,
      String modeLabel,
      EnforcementMode proposedMode,
      CaseCategory category,
      String coordinatingCourtCode,
      String executingCourtCode,
      List<CourtInRole> courts,
      String necessity,
      String convenience,
      String regularity,
      String reasons,
      String overrideReason,
      LocalDate supervisionDueOn,
      String decidedBy,
      OffsetDateTime decidedAt,
      int revision,
      String documentUrl) {}

  public record CourtInRole(String courtCode, CourtRole role) {}
}
