package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;

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
 * @param seizureOrderedAt the date and time of that seizure's order (the control-measure record's {@code orderedAt}):
 *     orders two seizures of the same day; null: not known (after those whose time is known, then by filing)
 */
public record ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder,
    String collateralId, OffsetDateTime seizureOrderedAt) {

  /**
   * Order of seizure (民诉法解释第五百一十四条): the earlier seizure first, on the same day the earlier seizure order,
   * no seizure last, then by filing order.
   */
  static final Comparator<ClaimInput> BY_SEIZURE =
      Comparator.comparing(ClaimInput::seizedOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(ClaimInput::seizureOrderedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
          .thenComparingLong(ClaimInput::filingOrder)
          .thenComparingLong(ClaimInput::claimId);

  /** A claim whose seizure order's time is not known. */
  public ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder,
      String collateralId) {
    this(claimId, kind, rank, amountFen, seizedOn, filingOrder, collateralId, null);
  }

  /** A claim not tied to any one asset. */
  public ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder) {
    this(claimId, kind, rank, amountFen, seizedOn, filingOrder, null, null);
  }

  boolean ranked() {
    return kind == ClaimKind.PRIORITY || kind == ClaimKind.SECURED;
  }

  ClaimInput withAmount(long fen) {
    return new ClaimInput(claimId, kind, rank, fen, seizedOn, filingOrder, collateralId, seizureOrderedAt);
  }
}
