package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cross-execution decision hands over to open the coordinated enforcement case. Modes, categories and
 * roles travel as their names (the intake capability owns those types). {@code applicantUserId} is the applicant's account
 * when the case came from a party's application (null for a court's referral). {@code caseType} decides the execution
 * limit (null: a litigation case).
 */
public record OpenCaseCommand(
    String caseId,
    String applicationId,
    String caseNumber,
    String category,
    String mode,
    String coordinatingCourtCode,
    String executingCourtCode,
    String originalCourtCode,
    LocalDate filedOn,
    long amountClaimedFen,
    List<Party> parties,
    List<CourtInRole> courts,
    String openedBy,
    String applicantUserId,
    CaseType caseType) {

  /** A litigation case (the usual one). */
  public OpenCaseCommand(String caseId, String applicationId, String caseNumber, String category, String mode,
      String coordinatingCourtCode, String executingCourtCode, String originalCourtCode, LocalDate filedOn,
      long amountClaimedFen, List<Party> parties, List<CourtInRole> courts, String openedBy, String applicantUserId) {
    this(caseId, applicationId, caseNumber, category, mode, coordinatingCourtCode, executingCourtCode, originalCourtCode,
        filedOn, amountClaimedFen, parties, courts, openedBy, applicantUserId, null);
  }

  public record Party(String role, String name, String type, String idNumber) {}

  public record CourtInRole(String courtCode, String role) {}
}
