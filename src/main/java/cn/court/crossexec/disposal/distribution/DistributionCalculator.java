package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes a distribution plan: who gets how many fen of the distributable sum (民诉法解释第五百零六条至第五百一十四条).
 *
 * <p><b>Order of payment.</b> The claims are paid tier by tier, each tier only once the tiers before it are paid in
 * full:
 * <ol>
 *   <li>all enforcement costs ({@link ClaimKind#COSTS}) together;
 *   <li>priority claims ({@link ClaimKind#PRIORITY}), one tier per rank, rank 1 first;
 *   <li>secured claims ({@link ClaimKind#SECURED}), one tier per rank, rank 1 first;
 *   <li>ordinary claims ({@link ClaimKind#ORDINARY}): under {@link OrderingRule#PRO_RATA} one tier together; under
 *       {@link OrderingRule#SEIZURE_ORDER} one claim after another in the order of seizure ({@code seizedOn}
 *       ascending; a claim without a seizure after every seizing creditor; equal dates by filing order), each paid in
 *       full before the next; the claim where the money runs out gets what is left, those after it nothing.
 * </ol>
 * A tier the money pays in full is paid in full; the tier where the money runs out shares it pro rata to the amounts
 * claimed; the tiers after it get nothing. Money left when every claim is paid in full is the surplus, returned to
 * the debtor.
 *
 * <p><b>Rounding (largest remainder, Hamilton).</b> In a pro-rata tier that shares S among amounts a_i totalling A,
 * each claim first gets floor(S × a_i / A) fen; the fen left over (fewer than the claims in the tier) go one each to
 * the claims with the largest remainders of S × a_i / A; equal remainders go to the earlier filing order, then to the
 * lower claim id. So 100 fen over three equal claims is 34/33/33, the 34 to the earliest filed. Arithmetic is exact
 * (BigInteger): amounts up to 10^15 fen do not overflow.
 *
 * <p><b>What holds.</b> The shares plus the surplus equal the distributable sum to the fen; no share exceeds its
 * claim; every claim appears once, zero shares included, in the order of payment (position 1..n; within a tier by
 * filing order, then claim id); the same claims in any input order give the same plan. The calculator is pure: no
 * clock, no database.
 */
public final class DistributionCalculator {

  /** Within a tier, and for the Hamilton tie-break: the earlier filed first, then the lower claim id. */
  private static final Comparator<ClaimInput> FILING =
      Comparator.comparingLong(ClaimInput::filingOrder).thenComparingLong(ClaimInput::claimId);

  /** Order of seizure: the earlier seizure first, no seizure last, then by filing. */
  private static final Comparator<ClaimInput> SEIZURE =
      Comparator.comparing(ClaimInput::seizedOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(FILING);

  private DistributionCalculator() {}

  /**
   * @throws IllegalArgumentException for a negative sum, a missing rule, a missing claim or kind, an amount not above
   *     zero, or a claim id that appears twice
   */
  public static Plan plan(long distributableFen, List<ClaimInput> claims, OrderingRule rule) {
    validate(distributableFen, claims, rule);
    List<PlannedShare> shares = new ArrayList<>(claims.size());
    long remaining = distributableFen;
    for (List<ClaimInput> tier : tiers(claims, rule)) {
      remaining = pay(tier, remaining, shares);
    }
    return new Plan(distributableFen, rule, List.copyOf(shares), remaining);
  }

  /** Pays one tier from what remains, appends its shares, and returns what remains after it. */
  private static long pay(List<ClaimInput> tier, long remaining, List<PlannedShare> shares) {
    long owed = 0;
    boolean full = true;
    for (ClaimInput claim : tier) {
      // compared with what is still free rather than summed: a sum of large claims could overflow a long
      if (claim.amountFen() > remaining - owed) {
        full = false;
        break;
      }
      owed += claim.amountFen();
    }
    long[] paid = full ? null : remaining == 0 ? new long[tier.size()] : LargestRemainder.split(remaining, tier);
    for (int i = 0; i < tier.size(); i++) {
      ClaimInput claim = tier.get(i);
      long share = full ? claim.amountFen() : paid[i];
      shares.add(new PlannedShare(claim.claimId(), shares.size() + 1, claim.amountFen(), share));
    }
    return full ? remaining - owed : 0;
  }

  /** The tiers in the order of payment, each sorted by filing (or, for seizure order, one claim per tier). */
  private static List<List<ClaimInput>> tiers(List<ClaimInput> claims, OrderingRule rule) {
    List<ClaimInput> costs = new ArrayList<>();
    Map<Integer, List<ClaimInput>> priority = new TreeMap<>();
    Map<Integer, List<ClaimInput>> secured = new TreeMap<>();
    List<ClaimInput> ordinary = new ArrayList<>();
    for (ClaimInput claim : claims) {
      switch (claim.kind()) {
        case COSTS -> costs.add(claim);
        case PRIORITY -> priority.computeIfAbsent(claim.rank(), rank -> new ArrayList<>()).add(claim);
        case SECURED -> secured.computeIfAbsent(claim.rank(), rank -> new ArrayList<>()).add(claim);
        case ORDINARY -> ordinary.add(claim);
      }
    }
    List<List<ClaimInput>> tiers = new ArrayList<>();
    tiers.add(costs);
    tiers.addAll(priority.values());
    tiers.addAll(secured.values());
    tiers.forEach(tier -> tier.sort(FILING));
    if (rule == OrderingRule.SEIZURE_ORDER) {
      ordinary.sort(SEIZURE);
      ordinary.forEach(claim -> tiers.add(List.of(claim)));
    } else {
      ordinary.sort(FILING);
      tiers.add(ordinary);
    }
    return tiers;
  }

  private static void validate(long distributableFen, List<ClaimInput> claims, OrderingRule rule) {
    if (distributableFen < 0) {
      throw new IllegalArgumentException("distributable sum is negative: " + distributableFen);
    }
    if (rule == null) {
      throw new IllegalArgumentException("ordering rule is missing");
    }
    if (claims == null) {
      throw new IllegalArgumentException("claims are missing");
    }
    Set<Long> ids = new HashSet<>();
    for (ClaimInput claim : claims) {
      if (claim == null) {
        throw new IllegalArgumentException("a claim is missing");
      }
      if (claim.kind() == null) {
        throw new IllegalArgumentException("claim " + claim.claimId() + " has no kind");
      }
      if (claim.amountFen() <= 0) {
        throw new IllegalArgumentException("claim " + claim.claimId() + " has an amount not above zero: " + claim.amountFen());
      }
      if (!ids.add(claim.claimId())) {
        throw new IllegalArgumentException("claim " + claim.claimId() + " appears twice");
      }
    }
  }
}
