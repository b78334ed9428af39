package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which of several creditors asking to take the same asset in lieu of payment takes it (拍卖变卖规定第十六条): the one
 * earlier in the order of payment on that asset's proceeds; among equals, the lot decides. The lot is reproducible:
 * the candidates of the best rank sorted by claim id, and the {@code seed} recorded with the result; the same seed
 * over the same candidates always draws the same claim ({@link SplittableRandom}).
 *
 * <p>The rank on the asset: costs; priority claims secured on this asset or on no asset, by rank; then secured claims
 * likewise; then every other claim as ordinary (a claim secured on another asset has no priority on this one); under
 * {@link OrderingRule#SEIZURE_ORDER} ordinary claims by the date of their seizure (none last).
 *
 * @param claimId the claim that takes the asset
 * @param tied the candidates of the best rank, by claim id (one: no lot was drawn)
 * @param seed the lot's seed (recorded; meaningless when only one candidate had the best rank)
 */
public record TransfereeChoice(long claimId, List<Long> tied, long seed) {

  public boolean drawn() {
    return tied.size() > 1;
  }

  /**
   * @param candidates the asking creditors' claims (at least one)
   * @throws IllegalArgumentException when there is no candidate
   */
  public static TransfereeChoice choose(String assetId, List<ClaimInput> candidates, OrderingRule rule, long seed) {
    if (candidates == null || candidates.isEmpty()) {
      throw new IllegalArgumentException("no creditor asks for the asset");
    }
    Comparator<ClaimInput> rank = rankOn(assetId, rule);
    ClaimInput best = candidates.stream().min(rank).orElseThrow();
    List<Long> tied = candidates.stream().filter(c -> rank.compare(c, best) == 0).map(ClaimInput::claimId).sorted()
        .distinct().toList();
    long chosen = tied.size() == 1 ? tied.get(0) : tied.get(new SplittableRandom(seed).nextInt(tied.size()));
    return new TransfereeChoice(chosen, tied, seed);
  }

  private static Comparator<ClaimInput> rankOn(String assetId, OrderingRule rule) {
    Comparator<ClaimInput> tier = Comparator.comparingLong(c -> DistributionCalculator.tier(asOnAsset(c, assetId)));
    if (rule != OrderingRule.SEIZURE_ORDER) {
      return tier;
    }
    // among ordinary claims the order of seizure (date, then the seizure order's time); ranked claims tie by rank
    return tier.thenComparing(c -> asOnAsset(c, assetId).kind() == ClaimKind.ORDINARY ? c.seizedOn() : null,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(c -> asOnAsset(c, assetId).kind() == ClaimKind.ORDINARY ? c.seizureOrderedAt() : null,
            Comparator.nullsLast(Comparator.<java.time.OffsetDateTime>naturalOrder()));
  }

  private static ClaimInput asOnAsset(ClaimInput claim, String assetId) {
    boolean elsewhere = claim.ranked() && claim.collateralId() != null && !claim.collateralId().equals(assetId);
    return elsewhere ? new ClaimInput(claim.claimId(), ClaimKind.ORDINARY, 0, claim.amountFen(), claim.seizedOn(),
        claim.filingOrder(), null, claim.seizureOrderedAt()) : claim;
  }
}
