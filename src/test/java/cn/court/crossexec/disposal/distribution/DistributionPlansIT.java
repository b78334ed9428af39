package cn.court.crossexec.disposal.distribution;

import static cn.court.crossexec.disposal.distribution.ClaimKind.COSTS;
import static cn.court.crossexec.disposal.distribution.ClaimKind.ORDINARY;
import static cn.court.crossexec.disposal.distribution.ClaimKind.PRIORITY;
import static cn.court.crossexec.disposal.distribution.ClaimKind.SECURED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.court.crossexec.disposal.distribution.DistributionFixture.ClaimRow;
import cn.court.crossexec.support.TestEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Storing and reading plans on the Flyway-migrated schema: H2 in memory, or PostgreSQL when SPRING_DATASOURCE_URL is
 * set. A JDBC slice (no engine); each test runs in a transaction that is rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(DistributionPlans.class)
class DistributionPlansIT {

  private static final LocalDate SEIZED = LocalDate.of(2025, 3, 1);

  @Autowired JdbcTemplate jdbc;
  @Autowired DistributionPlans plans;

  private DistributionFixture fixture;
  private String caseId;

  @BeforeEach
  void aCase() {
    fixture = new DistributionFixture(jdbc, Clock.system(ZoneId.of("Asia/Shanghai")));
    caseId = fixture.insertCase();
  }

  @Test
  void aStoredPlanReadsBackInTheOrderOfPaymentAndDraftsTheDistribution() {
    List<ClaimInput> claims = fixture.insertClaims(caseId, List.of(new ClaimRow(ORDINARY, 0, 300_000, null),
        new ClaimRow(COSTS, 0, 5_000, null), new ClaimRow(SECURED, 1, 200_000, SEIZED),
        new ClaimRow(PRIORITY, 1, 50_000, null), new ClaimRow(ORDINARY, 0, 100_000, SEIZED)));
    String distributionId = fixture.insertDistribution(caseId, 400_001);
    Plan plan = DistributionCalculator.plan(400_001, claims, OrderingRule.PRO_RATA);

    plans.store(distributionId, plan);

    assertThat(plans.shares(distributionId)).isEqualTo(plan.shares());
    assertThat(plans.shares(distributionId)).extracting(PlannedShare::shareFen)
        .containsExactly(5_000L, 50_000L, 200_000L, 108_751L, 36_250L);
    assertThat(fixture.planColumns(distributionId)).containsExactly(1, 0L, "PRO_RATA", "DRAFTED");
  }

  @Test
  void storingAgainReplacesTheSharesAndCountsTheVersion() {
    List<ClaimInput> claims = fixture.insertClaims(caseId, List.of(new ClaimRow(ORDINARY, 0, 1_000, null),
        new ClaimRow(ORDINARY, 0, 2_000, SEIZED), new ClaimRow(ORDINARY, 0, 3_000, SEIZED.minusDays(1))));
    String distributionId = fixture.insertDistribution(caseId, 5_500);
    plans.store(distributionId, DistributionCalculator.plan(5_500, claims, OrderingRule.PRO_RATA));

    // the first claim withdrawn and the rule changed to seizure order: the rest is paid in full, with a surplus
    Plan second = DistributionCalculator.plan(5_500, claims.subList(1, 3), OrderingRule.SEIZURE_ORDER);
    plans.store(distributionId, second);

    assertThat(plans.shares(distributionId)).isEqualTo(second.shares()).extracting(PlannedShare::claimId)
        .containsExactly(claims.get(2).claimId(), claims.get(1).claimId());
    assertThat(fixture.planColumns(distributionId)).containsExactly(2, 500L, "SEIZURE_ORDER", "DRAFTED");
  }

  @Test
  void anotherDistributionsPlanIsLeftAlone() {
    List<ClaimInput> claims = fixture.insertClaims(caseId, List.of(new ClaimRow(ORDINARY, 0, 1_000, null)));
    String first = fixture.insertDistribution(caseId, 600);
    String second = fixture.insertDistribution(caseId, 400);
    Plan firstPlan = DistributionCalculator.plan(600, claims, OrderingRule.PRO_RATA);
    plans.store(first, firstPlan);

    plans.store(second, DistributionCalculator.plan(400, claims, OrderingRule.PRO_RATA));
    plans.store(second, DistributionCalculator.plan(400, claims, OrderingRule.PRO_RATA));

    assertThat(plans.shares(first)).isEqualTo(firstPlan.shares());
    assertThat(fixture.planColumns(first)).first().isEqualTo(1);
    assertThat(fixture.planColumns(second)).first().isEqualTo(2);
  }

  @Test
  void aPlanLargerThanOneBatchIsStoredWhole() {
    int count = DistributionPlans.BATCH_SIZE * 2 + 345;
    List<ClaimInput> claims = fixture.insertClaims(caseId, IntStream.range(0, count)
        .mapToObj(i -> new ClaimRow(i % 50 == 0 ? SECURED : ORDINARY, 1 + i % 3, 10_000L + i, null)).toList());
    String distributionId = fixture.insertDistribution(caseId, 12_345_678);
    Plan plan = DistributionCalculator.plan(12_345_678, claims, OrderingRule.PRO_RATA);

    plans.store(distributionId, plan);

    List<PlannedShare> stored = plans.shares(distributionId);
    assertThat(stored).hasSize(count).isEqualTo(plan.shares());
    assertThat(stored.stream().mapToLong(PlannedShare::shareFen).sum()).isEqualTo(12_345_678L);
  }

  @Test
  void anUnknownDistributionIsRefusedAndNothingIsWritten() {
    List<ClaimInput> claims = fixture.insertClaims(caseId, List.of(new ClaimRow(ORDINARY, 0, 1_000, null)));
    Plan plan = DistributionCalculator.plan(500, claims, OrderingRule.PRO_RATA);

    assertThatThrownBy(() -> plans.store("no-such-distribution", plan))
        .isInstanceOf(EmptyResultDataAccessException.class);
    assertThat(plans.shares("no-such-distribution")).isEmpty();
  }

  @Test
  void aPlanOfAnotherSumIsRefusedAndNothingIsWritten() {
    List<ClaimInput> claims = fixture.insertClaims(caseId, List.of(new ClaimRow(ORDINARY, 0, 1_000, null)));
    String distributionId = fixture.insertDistribution(caseId, 500);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> plans.store(distributionId, DistributionCalculator.plan(501, claims, OrderingRule.PRO_RATA)))
        .withMessageContaining("501");
    assertThat(plans.shares(distributionId)).isEmpty();
    assertThat(fixture.planColumns(distributionId)).containsExactly(0, 0L, "PRO_RATA", "CLAIMS_OPEN");
  }

  @Test
  void noPlanYetReadsAsNoShares() {
    String distributionId = fixture.insertDistribution(caseId, 500);

    assertThat(plans.shares(distributionId)).isEmpty();
    assertThat(fixture.planColumns(distributionId)).containsExactly(0, 0L, "PRO_RATA", "CLAIMS_OPEN");
  }
}
