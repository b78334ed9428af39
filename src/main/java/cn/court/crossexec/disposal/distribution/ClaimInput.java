package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;

/**
 * One claim as the plan sees it.
 *
 * @param rank for PRIORITY and SECURED claims, 1 is paid first; equal ranks share pro rata (ignored otherwise)
 * @param amountFen what remains due on the claim, in fen (> 0)
 * @param seizedOn when this creditor's seizure of the debtor's property was made (SEIZURE_ORDER); null: no seizure,
 *     paid after all seizing creditors
 * @param filingOrder tie-breaker everywhere: the earlier filed claim first (e.g. the claim id)
 * @param collateralId for a PRIORITY or SECURED claim, the asset (disposal) it is secured on: it is paid first from
 *     that asset's proceeds only, its shortfall joins the ordinary claims; null: a claim on the proceeds as a whole
 *     (paid after the asset-bound claims, before the ordinary ones; ignored for COSTS and ORDINARY)
 */
public record ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder,
    String collateralId) {

  /** A claim not tied to any one asset. */
  public ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder) {
    this(claimId, kind, rank, amountFen, seizedOn, filingOrder, null);
  }

  boolean ranked() {
    return kind == ClaimKind.PRIORITY || kind == ClaimKind.SECURED;
  }

  ClaimInput withAmount(long fen) {
    return new ClaimInput(claimId, kind, rank, fen, seizedOn, filingOrder, collateralId);
  }
}
