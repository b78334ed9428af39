package cn.court.crossexec.disposal.distribution;

/**
 * One claim's share in a plan.
 *
 * @param position the claim's place in the order of payment (1 = first)
 */
public record PlannedShare(long claimId, int position, long claimedFen, long shareFen) {}
