package cn.court.crossexec.disposal.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every distribution plan, over random claims (all kinds, shared ranks, equal filing orders and
 * seizure dates, amounts from 1 fen to 10^15 fen) and sums from nothing to more than all claims. Each property states
 * the rule independently of how the calculator computes it.
 */
class DistributionCalculatorProperties {

  /** Seizure order as the law states it: the earlier seizure first, none last, then by filing and id. */
  private static final Comparator<ClaimInput> SEIZURE =
      Comparator.comparing(ClaimInput::seizedOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparingLong(ClaimInput::filingOrder).thenComparingLong(ClaimInput::claimId);

  record Case(long sum, List<ClaimInput> claims) {}

  @Property(tries = 400)
  void sharesAndSurplusAddUpToTheSumExactly(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    Plan plan = DistributionCalculator.plan(input.sum(), input.claims(), rule);

    long shares = plan.shares().stream().mapToLong(PlannedShare::shareFen).sum();
    assertThat(shares + plan.surplusFen()).isEqualTo(input.sum());
    assertThat(plan.shares()).extracting(PlannedShare::claimId)
        .containsExactlyInAnyOrderElementsOf(input.claims().stream().map(ClaimInput::claimId).toList());
    assertThat(plan.shares()).extracting(PlannedShare::position)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, input.claims().size()).boxed().toList());
  }

  @Property(tries = 400)
  void noShareIsAboveItsClaimOrBelowZero(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    Map<Long, ClaimInput> claims = byId(input.claims());

    for (PlannedShare share : DistributionCalculator.plan(input.sum(), input.claims(), rule).shares()) {
      assertThat(share.claimedFen()).isEqualTo(claims.get(share.claimId()).amountFen());
      assertThat(share.shareFen()).isBetween(0L, share.claimedFen());
    }
  }

  @Property(tries = 400)
  void aTierIsPaidOnlyOnceTheEarlierTiersAreFull(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    Map<Long, ClaimInput> claims = byId(input.claims());
    List<PlannedShare> shares = DistributionCalculator.plan(input.sum(), input.claims(), rule).shares();

    for (PlannedShare later : shares) {
      for (PlannedShare earlier : shares) {
        int order = Long.compare(tier(claims.get(earlier.claimId())), tier(claims.get(later.claimId())));
        if (order < 0) {
          assertThat(earlier.position()).isLessThan(later.position());
          if (later.shareFen() > 0) {
            assertThat(earlier.shareFen()).as("claim %d before %d", earlier.claimId(), later.claimId())
                .isEqualTo(earlier.claimedFen());
          }
        }
      }
    }
  }

  @Property(tries = 400)
  void aTierSharesProRataWithinOneFen(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    Map<Long, ClaimInput> claims = byId(input.claims());
    Map<Long, List<PlannedShare>> tiers = DistributionCalculator.plan(input.sum(), input.claims(), rule).shares()
        .stream()
        .filter(share -> rule == OrderingRule.PRO_RATA || claims.get(share.claimId()).kind() != ClaimKind.ORDINARY)
        .collect(Collectors.groupingBy(share -> tier(claims.get(share.claimId()))));

    tiers.values().forEach(tier -> {
      BigInteger paid = BigInteger.valueOf(tier.stream().mapToLong(PlannedShare::shareFen).sum());
      BigInteger owed = BigInteger.valueOf(tier.stream().mapToLong(PlannedShare::claimedFen).sum());
      for (PlannedShare share : tier) {
        // |share − paid × claimed / owed| < 1, multiplied out by owed to stay exact
        BigInteger deviation = BigInteger.valueOf(share.shareFen()).multiply(owed)
            .subtract(paid.multiply(BigInteger.valueOf(share.claimedFen()))).abs();
        assertThat(deviation).as("claim %d", share.claimId()).isLessThan(owed);
      }
    });
  }

  @Property(tries = 400)
  void inSeizureOrderEachOrdinaryClaimIsPaidOnlyOnceTheEarlierSeizuresAreFull(@ForAll("cases") Case input) {
    Map<Long, PlannedShare> shares = DistributionCalculator.plan(input.sum(), input.claims(), OrderingRule.SEIZURE_ORDER)
        .shares().stream().collect(Collectors.toMap(PlannedShare::claimId, Function.identity()));
    List<ClaimInput> ordinary = input.claims().stream().filter(claim -> claim.kind() == ClaimKind.ORDINARY)
        .sorted(SEIZURE).toList();

    for (int i = 1; i < ordinary.size(); i++) {
      PlannedShare earlier = shares.get(ordinary.get(i - 1).claimId());
      PlannedShare later = shares.get(ordinary.get(i).claimId());
      assertThat(later.position()).isGreaterThan(earlier.position());
      if (later.shareFen() > 0) {
        assertThat(earlier.shareFen()).isEqualTo(earlier.claimedFen());
      }
    }
  }

  @Property(tries = 400)
  void aSurplusOnlyWhenEveryClaimIsPaidInFull(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    Plan plan = DistributionCalculator.plan(input.sum(), input.claims(), rule);
    boolean allPaid = plan.shares().stream().allMatch(share -> share.shareFen() == share.claimedFen());
    long owed = input.claims().stream().mapToLong(ClaimInput::amountFen).sum();

    assertThat(plan.surplusFen()).isGreaterThanOrEqualTo(0);
    if (plan.surplusFen() > 0) {
      assertThat(allPaid).isTrue();
    }
    assertThat(plan.surplusFen()).isEqualTo(Math.max(0, input.sum() - owed));
  }

  @Property(tries = 300)
  void theSameClaimsInAnotherOrderGiveTheSamePlan(@ForAll("cases") Case input, @ForAll OrderingRule rule,
      @ForAll long seed) {
    List<ClaimInput> shuffled = new ArrayList<>(input.claims());
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(DistributionCalculator.plan(input.sum(), shuffled, rule))
        .isEqualTo(DistributionCalculator.plan(input.sum(), input.claims(), rule));
  }

  record Assets(List<DistributionCalculator.Proceeds> proceeds, List<ClaimInput> claims) {}

  @Property(tries = 400)
  void overSeveralAssetsSharesAndSurplusAddUpAndNoShareExceedsItsClaim(@ForAll("assets") Assets input,
      @ForAll OrderingRule rule) {
    Plan plan = DistributionCalculator.plan(input.proceeds(), input.claims(), rule);
    long total = input.proceeds().stream().mapToLong(DistributionCalculator.Proceeds::fen).sum();
    Map<Long, ClaimInput> claims = byId(input.claims());

    long shares = plan.shares().stream().mapToLong(PlannedShare::shareFen).sum();
    assertThat(shares + plan.surplusFen()).isEqualTo(total);
    assertThat(plan.shares()).extracting(PlannedShare::claimId)
        .containsExactlyInAnyOrderElementsOf(claims.keySet());
    for (PlannedShare share : plan.shares()) {
      assertThat(share.shareFen()).isBetween(0L, claims.get(share.claimId()).amountFen());
      long drawn = plan.draws().stream().filter(d -> d.claimId() == share.claimId()).mapToLong(Plan.Draw::fen).sum();
      assertThat(drawn).isEqualTo(share.shareFen());
    }
  }

  @Property(tries = 400)
  void onlyTheClaimsSecuredOnAnAssetDrawFromItsProceedsAndNeverMoreThanThem(@ForAll("assets") Assets input,
      @ForAll OrderingRule rule) {
    Plan plan = DistributionCalculator.plan(input.proceeds(), input.claims(), rule);
    Map<Long, ClaimInput> claims = byId(input.claims());

    for (DistributionCalculator.Proceeds asset : input.proceeds()) {
      List<Plan.Draw> draws = plan.draws().stream().filter(d -> asset.assetId().equals(d.assetId())).toList();
      assertThat(draws).allSatisfy(d -> {
        ClaimInput claim = claims.get(d.claimId());
        assertThat(claim.kind()).isIn(ClaimKind.PRIORITY, ClaimKind.SECURED);
        assertThat(claim.collateralId()).isEqualTo(asset.assetId());
      });
      assertThat(draws.stream().mapToLong(Plan.Draw::fen).sum()).isLessThanOrEqualTo(asset.fen());
    }
  }

  @Property(tries = 400)
  void anOrdinaryClaimIsPaidOnlyOnceEveryAssetHasPaidTheClaimsSecuredOnItOrIsSpent(@ForAll("assets") Assets input,
      @ForAll OrderingRule rule) {
    Plan plan = DistributionCalculator.plan(input.proceeds(), input.claims(), rule);
    boolean ordinaryPaid = input.claims().stream()
        .anyMatch(c -> c.kind() == ClaimKind.ORDINARY && plan.shareOf(c.claimId()) > 0);
    if (!ordinaryPaid) {
      return;
    }
    long costs = input.claims().stream().filter(c -> c.kind() == ClaimKind.COSTS).mapToLong(ClaimInput::amountFen).sum();
    assertThat(input.claims().stream().filter(c -> c.kind() == ClaimKind.COSTS))
        .allSatisfy(c -> assertThat(plan.shareOf(c.claimId())).isEqualTo(c.amountFen()));
    for (DistributionCalculator.Proceeds asset : input.proceeds()) {
      List<ClaimInput> tied = input.claims().stream()
          .filter(c -> c.kind() != ClaimKind.ORDINARY && c.kind() != ClaimKind.COSTS)
          .filter(c -> asset.assetId().equals(c.collateralId())).toList();
      boolean tiedPaidFromIt = tied.stream().allMatch(c -> plan.drawnFrom(c.claimId(), asset.assetId()) == c.amountFen());
      long drawn = tied.stream().mapToLong(c -> plan.drawnFrom(c.claimId(), asset.assetId())).sum();
      // spent: what the asset's claims drew plus at most its (rounded) part of the costs is all it brought in
      boolean spent = asset.fen() - drawn <= costs;
      assertThat(tiedPaidFromIt || spent).as("asset %s", asset.assetId()).isTrue();
    }
  }

  @Property(tries = 200)
  void oneAssetWithEveryClaimSecuredOnItPlansAsThePooledSum(@ForAll("cases") Case input, @ForAll OrderingRule rule) {
    List<ClaimInput> onA = input.claims().stream().map(c -> new ClaimInput(c.claimId(), c.kind(), c.rank(), c.amountFen(),
        c.seizedOn(), c.filingOrder(), "A")).toList();

    Plan tied = DistributionCalculator.plan(List.of(new DistributionCalculator.Proceeds("A", input.sum())), onA, rule);
    Plan pooled = DistributionCalculator.plan(input.sum(), input.claims(), rule);

    assertThat(tied.shares()).isEqualTo(pooled.shares());
    assertThat(tied.surplusFen()).isEqualTo(pooled.surplusFen());
  }

  @Provide
  Arbitrary<Assets> assets() {
    Arbitrary<List<Long>> fens = Arbitraries.longs().between(0, 5_000_000).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<String> collateral = Arbitraries.of("A0", "A1", "A2", "X").injectNull(0.3);
    return Combinators.combine(fens, claims(), collateral.list().ofSize(25)).as((list, claims, tiedTo) -> {
      List<DistributionCalculator.Proceeds> proceeds = IntStream.range(0, list.size())
          .mapToObj(i -> new DistributionCalculator.Proceeds("A" + i, list.get(i))).toList();
      List<ClaimInput> tied = IntStream.range(0, claims.size()).mapToObj(i -> {
        ClaimInput c = claims.get(i);
        return new ClaimInput(c.claimId(), c.kind(), c.rank(), Math.min(c.amountFen(), 3_000_000), c.seizedOn(),
            c.filingOrder(), tiedTo.get(i));
      }).toList();
      return new Assets(proceeds, tied);
    });
  }

  /** Tier of payment as a sortable number: costs, priority by rank, secured by rank, ordinary. */
  private static long tier(ClaimInput claim) {
    return switch (claim.kind()) {
      case COSTS -> 0;
      case PRIORITY -> 1_000L + claim.rank();
      case SECURED -> 2_000L + claim.rank();
      case ORDINARY -> 3_000L;
    };
  }

  private static Map<Long, ClaimInput> byId(List<ClaimInput> claims) {
    return claims.stream().collect(Collectors.toMap(ClaimInput::claimId, Function.identity()));
  }

  @Provide
  Arbitrary<Case> cases() {
    return claims().flatMap(claims -> {
      long owed = claims.stream().mapToLong(ClaimInput::amountFen).sum();
      // up to a fifth more than all claims, so that partial tiers and surpluses both occur
      return Arbitraries.longs().between(0, owed + owed / 5 + 10).map(sum -> new Case(sum, claims));
    });
  }

  private Arbitrary<List<ClaimInput>> claims() {
    Arbitrary<Long> amounts = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, 1_000_000_000_000_000L));
    // few ranks, dates and filing orders, so that ties are common
    Arbitrary<LocalDate> seizures = Arbitraries.integers().between(0, 5)
        .map(day -> LocalDate.of(2025, 1, 1).plusDays(day)).injectNull(0.3);
    Arbitrary<ClaimInput> claim = Combinators.combine(Arbitraries.of(ClaimKind.class),
            Arbitraries.integers().between(1, 3), amounts, seizures, Arbitraries.longs().between(1, 8))
        .as((kind, rank, amount, seizedOn, filing) -> new ClaimInput(0, kind, rank, amount, seizedOn, filing));
    return claim.list().ofMaxSize(25).map(list -> IntStream.range(0, list.size())
        .mapToObj(i -> withId(list.get(i), 100 + 7L * i)).toList());
  }

  private static ClaimInput withId(ClaimInput claim, long id) {
    return new ClaimInput(id, claim.kind(), claim.rank(), claim.amountFen(), claim.seizedOn(), claim.filingOrder());
  }
}
