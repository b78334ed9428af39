package cn.court.crossexec.disposal.distribution;

import static cn.court.crossexec.disposal.distribution.ClaimKind.COSTS;
import static cn.court.crossexec.disposal.distribution.ClaimKind.ORDINARY;
import static cn.court.crossexec.disposal.distribution.ClaimKind.PRIORITY;
import static cn.court.crossexec.disposal.distribution.ClaimKind.SECURED;
import static cn.court.crossexec.disposal.distribution.OrderingRule.PRO_RATA;
import static cn.court.crossexec.disposal.distribution.OrderingRule.SEIZURE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked examples of the distribution plan, to the fen. Each row: the distributable sum, the rule, the claims, the
 * expected shares in the order of payment ("claimId:share ...") and the expected surplus.
 */
class DistributionCalculatorTest {

  private static final long E15 = 1_000_000_000_000_000L;

  static Stream<Arguments> examples() {
    return Stream.of(
        arguments("100 fen over three equal claims: the leftover fen to the earliest filed", 100, PRO_RATA,
            List.of(ordinary(1, 100), ordinary(2, 100), ordinary(3, 100)), "1:34 2:33 3:33", 0),
        arguments("equal remainders: filing order decides, not the claim id", 100, PRO_RATA,
            List.of(filed(ordinary(1, 100), 30), filed(ordinary(2, 100), 20), filed(ordinary(3, 100), 10)),
            "3:34 2:33 1:33", 0),
        arguments("equal filing order too: the lower claim id", 100, PRO_RATA,
            List.of(filed(ordinary(9, 100), 1), filed(ordinary(4, 100), 1), filed(ordinary(7, 100), 1)),
            "4:34 7:33 9:33", 0),
        arguments("the leftover fen go to the largest remainders", 10, PRO_RATA,
            List.of(ordinary(1, 3), ordinary(2, 5), ordinary(3, 7)), "1:2 2:3 3:5", 0),
        arguments("costs first, ordinary claims share the rest", 1200, PRO_RATA,
            List.of(ordinary(2, 1000), costs(1, 500), ordinary(3, 1000)), "1:500 2:350 3:350", 0),
        arguments("costs not covered: the costs share pro rata, nothing for the others", 250, PRO_RATA,
            List.of(costs(1, 300), costs(2, 200), priority(3, 1, 50), ordinary(4, 100)), "1:150 2:100 3:0 4:0", 0),
        arguments("priority claims by rank: rank 1 first", 600, PRO_RATA,
            List.of(priority(1, 2, 400), priority(2, 1, 300), ordinary(3, 500)), "2:300 1:300 3:0", 0),
        arguments("priority before secured; secured of one rank share, the next rank waits", 2200, PRO_RATA,
            List.of(secured(1, 1, 1000), secured(2, 1, 3000), secured(3, 2, 500), priority(4, 5, 200)),
            "4:200 1:500 2:1500 3:0", 0),
        arguments("secured ranks paid in full in turn, ordinary claims share the rest", 4000, PRO_RATA,
            List.of(secured(1, 2, 1000), secured(2, 1, 2000), ordinary(3, 600), ordinary(4, 900)),
            "2:2000 1:1000 3:400 4:600", 0),
        arguments("seizure order: earliest seizure first, same day by filing, no seizure last", 800, SEIZURE_ORDER,
            List.of(seized(1, 500, null), seized(2, 400, LocalDate.of(2025, 3, 1)),
                seized(3, 300, LocalDate.of(2025, 1, 10)), filed(seized(4, 200, LocalDate.of(2025, 3, 1)), 0)),
            "3:300 4:200 2:300 1:0", 0),
        arguments("seizure order after costs; the creditors without seizure share nothing until all seizers are paid",
            1000, SEIZURE_ORDER,
            List.of(costs(1, 100), seized(2, 300, null), seized(3, 300, LocalDate.of(2024, 6, 1)),
                seized(4, 300, null)),
            "1:100 3:300 2:300 4:300", 0),
        arguments("seizure order ignores ties pro rata: one by one", 500, SEIZURE_ORDER,
            List.of(seized(1, 400, LocalDate.of(2025, 1, 1)), seized(2, 400, LocalDate.of(2025, 1, 1))),
            "1:400 2:100", 0),
        arguments("all paid in full: the rest is surplus", 1000, PRO_RATA,
            List.of(costs(1, 100), ordinary(2, 200)), "1:100 2:200", 700),
        arguments("exactly enough: no surplus", 300, SEIZURE_ORDER,
            List.of(costs(1, 100), seized(2, 200, null)), "1:100 2:200", 0),
        arguments("one fen over three claims", 1, PRO_RATA,
            List.of(ordinary(1, 100), ordinary(2, 100), ordinary(3, 100)), "1:1 2:0 3:0", 0),
        arguments("two fen over three claims", 2, PRO_RATA,
            List.of(ordinary(1, 100), ordinary(2, 100), ordinary(3, 100)), "1:1 2:1 3:0", 0),
        arguments("one claim takes what there is", 300, PRO_RATA, List.of(ordinary(1, 500)), "1:300", 0),
        arguments("nothing to distribute: every claim appears with 0", 0, PRO_RATA,
            List.of(costs(1, 10), ordinary(2, 20)), "1:0 2:0", 0),
        arguments("no claims: all surplus", 500, PRO_RATA, List.of(), "", 500),
        arguments("amounts of 10^15 fen do not overflow", E15, PRO_RATA,
            List.of(ordinary(1, E15), ordinary(2, E15), ordinary(3, E15)),
            "1:333333333333334 2:333333333333333 3:333333333333333", 0),
        arguments("a sum near Long.MAX_VALUE over claims whose total exceeds it", Long.MAX_VALUE - 1, PRO_RATA,
            List.of(ordinary(1, Long.MAX_VALUE), ordinary(2, Long.MAX_VALUE)),
            "1:4611686018427387903 2:4611686018427387903", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void plansToTheFen(String example, long sum, OrderingRule rule, List<ClaimInput> claims, String expected,
      long surplus) {
    Plan plan = DistributionCalculator.plan(sum, claims, rule);

    assertThat(plan.shares()).extracting(share -> share.claimId() + ":" + share.shareFen())
        .containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
    assertThat(plan.shares()).extracting(PlannedShare::position)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, claims.size()).boxed().toList());
    assertThat(plan.shares()).allSatisfy(share -> assertThat(share.claimedFen()).isEqualTo(amountOf(claims, share)));
    assertThat(plan.surplusFen()).isEqualTo(surplus);
    assertThat(plan.distributableFen()).isEqualTo(sum);
    assertThat(plan.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theInputOrderDoesNotMatter(String example, long sum, OrderingRule rule, List<ClaimInput> claims) {
    List<ClaimInput> reversed = new ArrayList<>(claims);
    Collections.reverse(reversed);

    assertThat(DistributionCalculator.plan(sum, reversed, rule)).isEqualTo(DistributionCalculator.plan(sum, claims, rule));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("negative sum", -1, PRO_RATA, List.of(ordinary(1, 100)), "negative"),
        arguments("zero amount", 100, PRO_RATA, List.of(ordinary(1, 0)), "not above zero"),
        arguments("negative amount", 100, PRO_RATA, List.of(ordinary(1, -5)), "not above zero"),
        arguments("duplicate claim id", 100, PRO_RATA, List.of(ordinary(1, 100), costs(1, 50)), "twice"),
        arguments("no kind", 100, PRO_RATA, List.of(new ClaimInput(1, null, 0, 100, null, 1)), "no kind"),
        arguments("no rule", 100, null, List.of(ordinary(1, 100)), "rule"),
        arguments("no claims list", 100, PRO_RATA, null, "claims"),
        arguments("a null claim", 100, PRO_RATA, Arrays.asList(ordinary(1, 100), null), "missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsInvalidInput(String example, long sum, OrderingRule rule, List<ClaimInput> claims, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> DistributionCalculator.plan(sum, claims, rule))
        .withMessageContaining(message);
  }

  @Test
  void everyClaimKeepsItsPlaceAndAmountWhenNothingIsLeftForIt() {
    Plan plan = DistributionCalculator.plan(50, List.of(ordinary(7, 30), costs(3, 50), secured(5, 1, 40)), PRO_RATA);

    assertThat(plan.shares()).containsExactly(
        new PlannedShare(3, 1, 50, 50), new PlannedShare(5, 2, 40, 0), new PlannedShare(7, 3, 30, 0));
  }

  @Test
  void transferInLieuCreditsTheTransfereeOnlyItsShareInTheOrderOfPayment() {
    // reserve ¥1,000,000; costs ¥20,000; mortgage (secured rank 1 on the flat) ¥800,000; the applicant (ordinary,
    // ¥1,500,000) takes the flat
    List<ClaimInput> claims = List.of(costs(1, 2_000_000), securedOn(2, 1, 80_000_000, "flat"), ordinary(3, 150_000_000));

    long credited = DistributionCalculator.creditInLieu("flat", 100_000_000, claims, 3, PRO_RATA);

    assertThat(credited).isEqualTo(18_000_000); // ¥180,000
    long paidIn = 100_000_000 - credited;
    assertThat(paidIn).isEqualTo(82_000_000); // ¥820,000
    // the ¥820,000 paid in is distributed: costs and the mortgagee in full, nothing more for the applicant
    Plan plan = DistributionCalculator.plan(List.of(new DistributionCalculator.Proceeds("flat", paidIn)),
        List.of(costs(1, 2_000_000), securedOn(2, 1, 80_000_000, "flat"), ordinary(3, 150_000_000 - credited)), PRO_RATA);
    assertThat(plan.shares()).extracting(share -> share.claimId() + ":" + share.shareFen())
        .containsExactly("1:2000000", "2:80000000", "3:0");
    assertThat(plan.surplusFen()).isZero();
  }

  @Test
  void transferInLieuOfASecuredCreditorOnTheAssetCreditsUpToItsClaim() {
    List<ClaimInput> claims = List.of(costs(1, 2_000_000), securedOn(2, 1, 80_000_000, "flat"), ordinary(3, 150_000_000));

    assertThat(DistributionCalculator.creditInLieu("flat", 100_000_000, claims, 2, PRO_RATA)).isEqualTo(80_000_000);
    assertThat(DistributionCalculator.creditInLieu("flat", 50_000_000, claims, 2, PRO_RATA)).isEqualTo(48_000_000);
  }

  @Test
  void twoCreditorsAskingForTheSameAssetTheEarlierRankTakesIt() {
    TransfereeChoice choice = TransfereeChoice.choose("flat",
        List.of(ordinary(3, 150_000_000), securedOn(2, 1, 80_000_000, "flat")), PRO_RATA, 42);

    assertThat(choice.claimId()).isEqualTo(2);
    assertThat(choice.drawn()).isFalse();
    // secured on another asset: no priority on this one, an equal of the ordinary claim
    TransfereeChoice elsewhere = TransfereeChoice.choose("flat",
        List.of(ordinary(3, 150_000_000), securedOn(2, 1, 80_000_000, "car")), PRO_RATA, 42);
    assertThat(elsewhere.drawn()).isTrue();
    assertThat(elsewhere.tied()).containsExactly(2L, 3L);
  }

  @Test
  void orderOfSeizureTwoSeizuresOfTheSameDayAreOrderedByTheTimeOfTheirSeizureOrdersNotByFiling() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    java.time.ZoneOffset china = java.time.ZoneOffset.ofHours(8);
    // claim 2 filed first, but its seizure was ordered at 15:00; claim 4's at 09:30 the same day
    ClaimInput afternoon = new ClaimInput(2, ORDINARY, 0, 400, day, 0, null, day.atTime(15, 0).atOffset(china));
    ClaimInput morning = new ClaimInput(4, ORDINARY, 0, 400, day, 1, null, day.atTime(9, 30).atOffset(china));
    ClaimInput timeUnknown = new ClaimInput(5, ORDINARY, 0, 400, day, -1, null, null);

    var plan = DistributionCalculator.plan(500, List.of(afternoon, timeUnknown, morning), SEIZURE_ORDER);

    assertThat(plan.shares()).extracting(s -> s.claimId() + ":" + s.shareFen()).containsExactly("4:400", "2:100", "5:0");
    // the same order chooses among creditors of one asset who ask to take it in lieu (no lot between them)
    TransfereeChoice choice = TransfereeChoice.choose("flat", List.of(afternoon, morning), SEIZURE_ORDER, 7);
    assertThat(choice.claimId()).isEqualTo(4);
    assertThat(choice.drawn()).isFalse();
  }

  @Test
  void twoCreditorsOfEqualRankAskingForTheSameAssetAreDrawnByLotReproducibly() {
    List<ClaimInput> equals = List.of(ordinary(5, 100), ordinary(3, 200), ordinary(9, 300));
    java.util.Set<Long> winners = new java.util.HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      TransfereeChoice choice = TransfereeChoice.choose("flat", equals, PRO_RATA, seed);
      assertThat(choice.drawn()).isTrue();
      assertThat(choice.tied()).containsExactly(3L, 5L, 9L);
      assertThat(choice.seed()).isEqualTo(seed);
      // the recorded seed draws the same claim again, whatever order the candidates come in
      assertThat(TransfereeChoice.choose("flat", List.of(equals.get(2), equals.get(0), equals.get(1)), PRO_RATA, seed)
          .claimId()).isEqualTo(choice.claimId());
      winners.add(choice.claimId());
    }
    assertThat(winners).containsExactlyInAnyOrder(3L, 5L, 9L);
  }

  @Test
  void securedClaimsArePaidFromTheirCollateralOnlyAndTheirShortfallJoinsTheOrdinaryClaims() {
    // flat A (mortgage ¥500,000) sells for ¥300,000, car B for ¥200,000, the applicant's ordinary claim ¥400,000
    List<DistributionCalculator.Proceeds> proceeds = List.of(new DistributionCalculator.Proceeds("A", 30_000_000),
        new DistributionCalculator.Proceeds("B", 20_000_000));
    List<ClaimInput> claims = List.of(securedOn(1, 1, 50_000_000, "A"), ordinary(2, 40_000_000));

    Plan plan = DistributionCalculator.plan(proceeds, claims, PRO_RATA);

    assertThat(plan.drawnFrom(1, "A")).isEqualTo(30_000_000); // the bank ¥300,000 from A
    // then the bank's ¥200,000 and the applicant's ¥400,000 share B's ¥200,000 pro rata, to the fen
    assertThat(plan.drawnFrom(1, null)).isEqualTo(6_666_667);
    assertThat(plan.drawnFrom(2, null)).isEqualTo(13_333_333);
    assertThat(plan.shares()).extracting(share -> share.claimId() + ":" + share.shareFen())
        .containsExactly("1:36666667", "2:13333333");
    assertThat(plan.distributableFen()).isEqualTo(50_000_000);
    assertThat(plan.surplusFen()).isZero();
  }

  @Test
  void aSecuredClaimDoesNotReachTheProceedsOfAnotherAssetBeforeTheOrdinaryClaims() {
    // pooled, the bank would take all ¥500,000 and the applicant nothing
    Plan pooled = DistributionCalculator.plan(50_000_000, List.of(secured(1, 1, 50_000_000), ordinary(2, 40_000_000)),
        PRO_RATA);
    assertThat(pooled.shareOf(2)).isZero();

    Plan tied = DistributionCalculator.plan(List.of(new DistributionCalculator.Proceeds("A", 30_000_000),
        new DistributionCalculator.Proceeds("B", 20_000_000)), List.of(securedOn(1, 1, 50_000_000, "A"),
        ordinary(2, 40_000_000)), PRO_RATA);
    assertThat(tied.shareOf(2)).isEqualTo(13_333_333);
    assertThat(tied.drawnFrom(1, "B")).isZero();
  }

  @Test
  void costsAreChargedToTheAssetsProRataBeforeTheirSecuredClaims() {
    Plan plan = DistributionCalculator.plan(List.of(new DistributionCalculator.Proceeds("A", 300),
        new DistributionCalculator.Proceeds("B", 100)), List.of(costs(1, 40), securedOn(2, 1, 1_000, "A"),
        securedOn(3, 1, 1_000, "B")), PRO_RATA);

    assertThat(plan.drawnFrom(2, "A")).isEqualTo(270);
    assertThat(plan.drawnFrom(3, "B")).isEqualTo(90);
    assertThat(plan.shares()).extracting(share -> share.claimId() + ":" + share.shareFen())
        .containsExactly("1:40", "2:270", "3:90");
  }

  @Test
  void aClaimSecuredOnAnAssetNotInTheDistributionJoinsTheOrdinaryClaims() {
    Plan plan = DistributionCalculator.plan(List.of(new DistributionCalculator.Proceeds("B", 300)),
        List.of(securedOn(1, 1, 100, "A"), ordinary(2, 200)), PRO_RATA);

    assertThat(plan.shares()).extracting(share -> share.claimId() + ":" + share.shareFen())
        .containsExactly("1:100", "2:200");
    assertThat(plan.drawnFrom(1, null)).isEqualTo(100);
  }

  private static long amountOf(List<ClaimInput> claims, PlannedShare share) {
    return claims.stream().filter(claim -> claim.claimId() == share.claimId()).findFirst().orElseThrow().amountFen();
  }

  static ClaimInput costs(long id, long amount) {
    return new ClaimInput(id, COSTS, 0, amount, null, id);
  }

  static ClaimInput priority(long id, int rank, long amount) {
    return new ClaimInput(id, PRIORITY, rank, amount, null, id);
  }

  static ClaimInput secured(long id, int rank, long amount) {
    return new ClaimInput(id, SECURED, rank, amount, null, id);
  }

  static ClaimInput securedOn(long id, int rank, long amount, String asset) {
    return new ClaimInput(id, SECURED, rank, amount, null, id, asset);
  }

  static ClaimInput ordinary(long id, long amount) {
    return new ClaimInput(id, ORDINARY, 0, amount, null, id);
  }

  static ClaimInput seized(long id, long amount, LocalDate seizedOn) {
    return new ClaimInput(id, ORDINARY, 0, amount, seizedOn, id);
  }

  static ClaimInput filed(ClaimInput claim, long filingOrder) {
    return new ClaimInput(claim.claimId(), claim.kind(), claim.rank(), claim.amountFen(), claim.seizedOn(), filingOrder);
  }
}
