package cn.court.crossexec.enforcement;

/**
 * What the capabilities after enforcement (disposal, distribution) need to know of a case, without its entity.
 *
 * @param executingCourtGroup the Tasklist group of the executing court (its people do the case's work items)
 */
public record CaseFacts(String caseId, String caseNumber, String executingCourtCode, String executingCourtGroup,
    String coordinatingCourtCode, String applicantName, String applicantIdNumber, String debtorName,
    String debtorIdNumber, String debtorType, long amountClaimedFen, long recoveredFen, CaseStatus status) {

  /** What the applicant of this case is still owed. */
  public long outstandingFen() {
    return Math.max(0, amountClaimedFen - recoveredFen);
  }
}
