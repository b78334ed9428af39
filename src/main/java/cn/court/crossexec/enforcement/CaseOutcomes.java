package cn.court.crossexec.enforcement;

/**
 * What happened to a case that the capabilities built on enforcement act on (credit discipline today). Published
 * synchronously by the step that records it, so a listener's work commits or rolls back with that step; enforcement
 * knows nothing of who listens.
 */
public final class CaseOutcomes {

  private CaseOutcomes() {}

  /** The executing court handed the case to credit discipline (移送失信惩戒), with its reasons. */
  public record HandedToCredit(String caseId, String reason, String decidedBy) {}

  /**
   * The case ended for good: performed (in full, or by a settlement performed), terminated or withdrawn. Not sent for
   * 终本 (the case may resume) nor for a bankruptcy transfer.
   */
  public record Ended(String caseId, CaseStatus how, boolean bySettlement, String label) {}

  /** After 终本, the second network re-inquiry found nothing either (2017 规定 art. 10 (6)). */
  public record NothingFoundAfterTwoRequeries(String caseId) {}
}
