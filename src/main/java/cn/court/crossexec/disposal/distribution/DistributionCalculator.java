package cn.court.crossexec.disposal.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

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

  /** Order of seizure: the earlier seizure (then seizure order) first, no seizure last, then by filing. */
  private static final Comparator<ClaimInput> SEIZURE = ClaimInput.BY_SEIZURE;

  private DistributionCalculator() {}

  /** The proceeds of one asset (disposal) in the distributable sum. @param assetId null: not of any one asset */
  public record Proceeds(String assetId, long fen) {}

  /**
   * The plan of a sum not tied to any asset: every claim is paid from the sum as a whole (the same as
   * {@link #plan(List, List, OrderingRule)} with one pool of proceeds of no asset).
   *
   * @throws IllegalArgumentException for a negative sum, a missing rule, a missing claim or kind, an amount not above
   *     zero, or a claim id that appears twice
   */
  public static Plan plan(long distributableFen, List<ClaimInput> claims, OrderingRule rule) {
    if (distributableFen < 0) {
      throw new IllegalArgumentException("distributable sum is negative: " + distributableFen);
    }
    return plan(List.of(new Proceeds(null, distributableFen)), claims, rule);
  }

  /**
   * The plan of the proceeds of several assets (拍卖变卖规定 and 民法典第三百九十四条: a security right is a right to be paid
   * first from the value of its collateral):
   * <ol>
   *   <li>the costs are paid first from the whole sum and charged to the assets pro rata to their proceeds (largest
   *       remainder);
   *   <li>each asset's own proceeds pay the priority claims, then the secured claims, secured on it
   *       ({@link ClaimInput#collateralId()}), rank by rank; the shortfall of such a claim joins the ordinary claims;
   *       a claim secured on an asset not in this distribution joins the ordinary claims with its whole amount;
   *   <li>what is left of all assets is pooled: the priority, then secured claims not tied to any asset, rank by rank;
   *   <li>the ordinary claims with the shortfalls of step 2, by the ordering rule.
   * </ol>
   *
   * @throws IllegalArgumentException as {@link #plan(long, List, OrderingRule)}, and for missing proceeds, proceeds
   *     below zero, or an asset listed twice
   */
  public static Plan plan(List<Proceeds> proceeds, List<ClaimInput> claims, OrderingRule rule) {
    validate(proceeds, claims, rule);
    long total = proceeds.stream().mapToLong(Proceeds::fen).reduce(0, Math::addExact);
    Map<Long, Long> paid = new HashMap<>();
    List<Plan.Draw> draws = new ArrayList<>();

    // 1. costs, from the whole sum, charged to the assets pro rata to their proceeds
    List<ClaimInput> costs = claims.stream().filter(c -> c.kind() == ClaimKind.COSTS).sorted(FILING).toList();
    long costsPaid = pay(costs, total, paid, null, draws);
    long[] left = new long[proceeds.size()];
    long[] charged = charge(costsPaid, proceeds);
    for (int i = 0; i < left.length; i++) {
      left[i] = proceeds.get(i).fen() - charged[i];
    }

    // 2. each asset's proceeds pay the claims secured on it; shortfalls join the ordinary claims
    List<ClaimInput> ordinary = new ArrayList<>();
    for (int i = 0; i < left.length; i++) {
      String asset = proceeds.get(i).assetId();
      if (asset == null) {
        continue;
      }
      for (List<ClaimInput> tier : rankedTiers(claims, c -> asset.equals(c.collateralId()))) {
        left[i] -= pay(tier, left[i], paid, asset, draws);
      }
    }
    for (ClaimInput claim : claims) {
      if (claim.kind() == ClaimKind.ORDINARY) {
        ordinary.add(claim);
      } else if (claim.ranked() && claim.collateralId() != null) {
        long shortfall = claim.amountFen() - paid.getOrDefault(claim.claimId(), 0L);
        if (shortfall > 0) {
          ordinary.add(claim.withAmount(shortfall));
        }
      }
    }
    long free = 0;
    for (long fen : left) {
      free += fen;
    }

    // 3. claims on the proceeds as a whole
    for (List<ClaimInput> tier : rankedTiers(claims, c -> c.collateralId() == null)) {
      free -= pay(tier, free, paid, null, draws);
    }

    // 4. the ordinary claims
    if (rule == OrderingRule.SEIZURE_ORDER) {
      ordinary.sort(SEIZURE);
      for (ClaimInput claim : ordinary) {
        free -= pay(List.of(claim), free, paid, null, draws);
      }
    } else {
      ordinary.sort(FILING);
      free -= pay(ordinary, free, paid, null, draws);
    }

    List<PlannedShare> shares = new ArrayList<>(claims.size());
    for (ClaimInput claim : inOrderOfPayment(claims, rule)) {
      shares.add(new PlannedShare(claim.claimId(), shares.size() + 1, claim.amountFen(),
          paid.getOrDefault(claim.claimId(), 0L)));
    }
    return new Plan(total, rule, List.copyOf(shares), free, List.copyOf(draws));
  }

  /**
   * What a creditor taking an asset at {@code valueFen} in lieu of payment is credited (拍卖变卖规定第十六条): only what it
   * would receive if the value were distributed in the order of payment among the claims, as the asset's own proceeds;
   * it pays the rest of the value in, and that is distributed.
   *
   * @throws IllegalArgumentException as {@link #plan(List, List, OrderingRule)}, or when the transferee is not among
   *     the claims
   */
  public static long creditInLieu(String assetId, long valueFen, List<ClaimInput> claims, long transfereeClaimId,
      OrderingRule rule) {
    if (claims == null || claims.stream().noneMatch(c -> c != null && c.claimId() == transfereeClaimId)) {
      throw new IllegalArgumentException("the transferee " + transfereeClaimId + " holds no claim");
    }
    return plan(List.of(new Proceeds(assetId, valueFen)), claims, rule).shareOf(transfereeClaimId);
  }

  /**
   * Pays one tier from what is available: in full if it suffices, else pro rata (largest remainder); adds to each
   * claim's paid sum and returns what the tier took.
   */
  private static long pay(List<ClaimInput> tier, long available, Map<Long, Long> paid, String asset,
      List<Plan.Draw> draws) {
    if (tier.isEmpty()) {
      return 0;
    }
    long owed = 0;
    boolean full = true;
    for (ClaimInput claim : tier) {
      // compared with what is still free rather than summed: a sum of large claims could overflow a long
      if (claim.amountFen() > available - owed) {
        full = false;
        break;
      }
      owed += claim.amountFen();
    }
    long[] split = full ? null : available == 0 ? new long[tier.size()] : LargestRemainder.split(available, tier);
    for (int i = 0; i < tier.size(); i++) {
      ClaimInput claim = tier.get(i);
      long share = full ? claim.amountFen() : split[i];
      if (share > 0) {
        paid.merge(claim.claimId(), share, Long::sum);
        draws.add(new Plan.Draw(claim.claimId(), asset, share));
      }
    }
    return full ? owed : available;
  }

  /** The costs paid, charged to the assets pro rata to their proceeds. */
  private static long[] charge(long costsPaid, List<Proceeds> proceeds) {
    long[] charged = new long[proceeds.size()];
    if (costsPaid == 0) {
      return charged;
    }
    List<ClaimInput> weights = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < proceeds.size(); i++) {
      if (proceeds.get(i).fen() > 0) {
        weights.add(new ClaimInput(i, ClaimKind.COSTS, 0, proceeds.get(i).fen(), null, i));
        index.add(i);
      }
    }
    long[] split = LargestRemainder.split(costsPaid, weights);
    for (int k = 0; k < split.length; k++) {
      charged[index.get(k)] = split[k];
    }
    return charged;
  }

  /** Priority claims rank by rank, then secured claims rank by rank, of the claims selected; each by filing. */
  private static List<List<ClaimInput>> rankedTiers(List<ClaimInput> claims, Predicate<ClaimInput> selected) {
    Map<Integer, List<ClaimInput>> priority = new TreeMap<>();
    Map<Integer, List<ClaimInput>> secured = new TreeMap<>();
    for (ClaimInput claim : claims) {
      if (!selected.test(claim)) {
        continue;
      }
      if (claim.kind() == ClaimKind.PRIORITY) {
        priority.computeIfAbsent(claim.rank(), rank -> new ArrayList<>()).add(claim);
      } else if (claim.kind() == ClaimKind.SECURED) {
        secured.computeIfAbsent(claim.rank(), rank -> new ArrayList<>()).add(claim);
      }
    }
    List<List<ClaimInput>> tiers = new ArrayList<>(priority.values());
    tiers.addAll(secured.values());
    tiers.forEach(tier -> tier.sort(FILING));
    return tiers;
  }

  /**
   * Every claim once, in the order of payment: costs, priority by rank, secured by rank, ordinary (by filing, or for
   * seizure order by seizure); within a tier by filing order, then claim id.
   */
  static List<ClaimInput> inOrderOfPayment(List<ClaimInput> claims, OrderingRule rule) {
    Comparator<ClaimInput> byTier = Comparator.comparingLong(DistributionCalculator::tier);
    Comparator<ClaimInput> within = rule == OrderingRule.SEIZURE_ORDER
        ? (a, b) -> a.kind() == ClaimKind.ORDINARY ? SEIZURE.compare(a, b) : FILING.compare(a, b)
        : FILING;
    return claims.stream().sorted(byTier.thenComparing(within)).toList();
  }

  /** The tier of payment as a sortable number: costs, priority by rank, secured by rank, ordinary. */
  static long tier(ClaimInput claim) {
    return switch (claim.kind()) {
      case COSTS -> 0;
      case PRIORITY -> 1L + claim.rank();
      case SECURED -> (1L << 33) + claim.rank();
      case ORDINARY -> 1L << 34;
    };
  }

  private static void validate(List<Proceeds> proceeds, List<ClaimInput> claims, OrderingRule rule) {
    if (proceeds == null) {
      throw new IllegalArgumentException("proceeds are missing");
    }
    Set<String> assets = new HashSet<>();
    for (Proceeds p : proceeds) {
      if (p == null || p.fen() < 0) {
        throw new IllegalArgumentException("distributable sum is negative or missing: " + p);
      }
      if (p.assetId() != null && !assets.add(p.assetId())) {
        throw new IllegalArgumentException("asset " + p.assetId() + " is listed twice");
      }
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
