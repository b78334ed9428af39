package cn.court.crossexec.disposal.distribution;

import java.util.List;

/**
 * A distribution plan: the shares add up with the surplus to the distributable sum, exactly to the fen.
 *
 * @param surplusFen what is left when every claim is paid in full (returned to the debtor)
 * @param draws where each share is paid from: a claim secured on an asset draws from that asset's proceeds, every
 *     other payment from the proceeds as a whole (asset null); only draws above zero, in the order they were made
 */
public record Plan(long distributableFen, OrderingRule rule, List<PlannedShare> shares, long surplusFen, List<Draw> draws) {

  /** One payment to a claim from one source. @param assetId the asset whose proceeds pay it; null: the pooled rest */
  public record Draw(long claimId, String assetId, long fen) {}

  /** What the claim is paid from the given asset's own proceeds (0 when none). */
  public long drawnFrom(long claimId, String assetId) {
    return draws.stream().filter(d -> d.claimId() == claimId && java.util.Objects.equals(d.assetId(), assetId))
        .mapToLong(Draw::fen).sum();
  }

  /** The share of one claim (0 when it is not in the plan). */
  public long shareOf(long claimId) {
    return shares.stream().filter(s -> s.claimId() == claimId).mapToLong(PlannedShare::shareFen).sum();
  }
}
