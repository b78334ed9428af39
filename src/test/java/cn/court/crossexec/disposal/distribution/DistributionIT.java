package cn.court.crossexec.disposal.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.court.crossexec.enforcement.AssetType;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.MeasureKind;
import cn.court.crossexec.enforcement.MeasureRequest;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A distribution through the API with the real workers and the real plan calculator: claims (validated field by field,
 * refused once the plan is drafted), the plan, each objection step only in its window, payouts exact to the fen and
 * counted on the case, and other courts kept out. The deadlines are reached by running their timer jobs.
 */
@IntegrationTest
class DistributionIT {

  private static final String OFFICER = "officer-GD0303";
  private static final String APPLICANT_ID = "11010519491231002X";
  private static final String CREDITOR_ID = "91350100M000100Y43";

  @Autowired EnforcementCaseService cases;
  @Autowired ControlMeasureService measures;
  @Autowired DistributionService distributions;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Clock clock;
  @Autowired DistributionReconciliation reconciliation;
  @Autowired cn.court.crossexec.calendar.LegalCalendar calendar;

  String caseId;
  String disposalId;
  long measureId;

  @BeforeEach
  void aCaseWithASoldAsset() {
    caseId = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(caseId, UUID.randomUUID().toString(), "（2024）粤0303执" + caseId.substring(0, 6) + "号",
        "PASSIVE_RISK", "DIRECTED", "GD03", "GD0303", "GD0305", LocalDate.of(2024, 3, 1), 1_000_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", APPLICANT_ID),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91440300MA5XXXXX1K")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole("GD0303", "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")),
        "coordinator-GD03", null));
    LocalDate sealedOn = LocalDate.now(clock).minusDays(40);
    measureId = measures.take(caseId, new MeasureRequest("粤(2024)深圳市不动产权第" + UUID.randomUUID(), "住宅一套",
        AssetType.REAL_ESTATE, MeasureKind.SEAL, "（2024）粤0303执保1号", sealedOn),
        new CurrentUser(OFFICER, List.of("court-GD0303"))).id();
    disposalId = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO asset_disposal (id, case_id, measure_id, asset_type, asset_description, status, seized_on,"
        + " proceeds_fen, created_by, created_at) VALUES (?, ?, ?, 'REAL_ESTATE', '住宅一套', 'SOLD', ?, 600000, ?, ?)",
        disposalId, caseId, measureId, sealedOn, OFFICER, OffsetDateTime.now(clock));
  }

  @Test
  void planObjectionCounterLawsuitAndJudgmentEachInTheirWindowPayExactlyToTheFen() {
    String distributionId = distributions.open(caseId, 600_000L, List.of(disposalId), OFFICER);
    assertThat(process(distributionId)).isNotNull();
    // the claims window ends at 24:00 of its last day by the legal calendar; the API and the timer agree
    OffsetDateTime claimsClose = calendar.periodEnd(OffsetDateTime.now(clock), java.time.Period.ofDays(15));
    assertThat(OffsetDateTime.parse((String) runtime.getVariable(process(distributionId).getId(), "claimsCloseAt"))
        .toInstant()).isEqualTo(claimsClose.toInstant());
    assertThatThrownBy(() -> distributions.open(caseId, 600_000L, List.of(disposalId), OFFICER))
        .isInstanceOf(ConflictException.class);
    assertThat(jdbc.queryForObject("SELECT distribution_id FROM asset_disposal WHERE id = ?", String.class, disposalId))
        .isEqualTo(distributionId);

    // the case's applicant is a creditor already, with what its claim lacks and the day of the case's seal
    JsonNode own = get(OFFICER, "/claims").get(0);
    assertThat(own.get("ownApplicant").asBoolean()).isTrue();
    assertThat(own.get("amountFen").asLong()).isEqualTo(1_000_000L);
    assertThat(own.get("seizedOn").asText()).isEqualTo(LocalDate.now(clock).minusDays(40).toString());

    ResponseEntity<JsonNode> filed = post(OFFICER, "/claims", claim());
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long creditor = filed.getBody().get("id").asLong();
    ResponseEntity<JsonNode> again = post("coordinator-GD03", "/claims", claim());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("id").asLong()).isEqualTo(creditor);
    assertThat(get("officer-GD0305", "/claims")).hasSize(2);

    // the claims window closes: the plan is drafted and no claim joins any more
    runTimer(distributionId);
    Task review = awaitTask(distributionId);
    assertThat(review.getName()).startsWith("审核分配方案：");
    assertThat((String) runtime.getVariable(review.getExecutionId(), "planText")).contains("张三", "4,285.71 元", "1,714.29 元");
    assertThat(post(OFFICER, "/claims", claim(UUID.randomUUID().toString())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    tasks.claim(review.getId(), OFFICER);
    tasks.complete(review.getId(), Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    awaitStatus("NOTIFIED");

    JsonNode plan = get(OFFICER, "/distribution-plan");
    assertThat(plan.get("approvedBy").asText()).isEqualTo(OFFICER);
    assertThat(plan.get("claimsLastDay").asText()).isEqualTo(calendar.dayOf(claimsClose.minusNanos(1)).toString());
    OffsetDateTime objectionsClose = calendar.periodEnd(OffsetDateTime.now(clock), java.time.Period.ofDays(15));
    assertThat(OffsetDateTime.parse(plan.get("objectionsCloseAt").asText()).toInstant())
        .isEqualTo(objectionsClose.toInstant());
    String objectionsLastDay = plan.get("objectionsLastDay").asText();
    assertThat(calendar.endOfDay(LocalDate.parse(objectionsLastDay)).toInstant()).isEqualTo(objectionsClose.toInstant());
    long ownClaim = own.get("id").asLong();
    assertThat(share(plan, ownClaim).get("shareFen").asLong()).isEqualTo(428_571L); // 600,000 × 10/14, rounded down
    assertThat(share(plan, creditor).get("shareFen").asLong()).isEqualTo(171_429L); // the larger remainder takes the fen
    assertThat(share(plan, creditor).get("unpaidFen").asLong()).isEqualTo(400_000L - 171_429L);

    // objections: validated, only by the courts of the case, only in the objection period
    assertThat(fields(post(OFFICER, "/distribution-plan/objections", objection(creditor, ownClaim, 428_572L))))
        .containsExactly("disputedFen");
    assertThat(fields(post(OFFICER, "/distribution-plan/objections", objection(creditor, creditor, 1L))))
        .containsExactly("targetClaimId");
    assertThat(post("officer-BJ0108", "/distribution-plan/objections", objection(creditor, ownClaim, 50_000L)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> objected = post(OFFICER, "/distribution-plan/objections", objection(creditor, ownClaim, 50_000L));
    assertThat(objected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String objection = "/distribution-plan/objections/" + objected.getBody().get("objectionId").asLong();
    assertThat(post(OFFICER, objection + "/counter", Map.of("reason", "早")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // the objection period ends: paid except the disputed amount, held in escrow
    runTimer(distributionId);
    awaitStatus("OBJECTIONS");
    assertThat(post(OFFICER, "/distribution-plan/objections", objection(creditor, ownClaim, 1L)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    plan = get(OFFICER, "/distribution-plan");
    assertThat(share(plan, ownClaim).get("heldFen").asLong()).isEqualTo(50_000L);
    assertThat(share(plan, ownClaim).get("paidFen").asLong()).isEqualTo(378_571L);
    assertThat(share(plan, creditor).get("paidFen").asLong()).isEqualTo(171_429L);
    assertThat(recovered()).isEqualTo(378_571L);

    assertThat(post(OFFICER, objection + "/lawsuit", Map.of("lawsuitNumber", "（2025）粤0303民初1号")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(post(OFFICER, objection + "/counter", Map.of("reason", "该债权真实有效")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    runTimer(distributionId);
    awaitStatus("COUNTERED");
    assertThat(post(OFFICER, objection + "/counter", Map.of("reason", "再次")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(post(OFFICER, objection + "/judgment", Map.of("objectorAwardedFen", 1)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(post(OFFICER, objection + "/lawsuit", Map.of("lawsuitNumber", "（2025）粤0303民初1号")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    runTimer(distributionId);
    awaitStatus("IN_LAWSUIT");

    assertThat(fields(post(OFFICER, objection + "/judgment", Map.of("objectorAwardedFen", 50_001L))))
        .containsExactly("objectorAwardedFen");
    assertThat(post(OFFICER, objection + "/judgment", Map.of("objectorAwardedFen", 20_000L)).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    awaitStatus("PAID");

    plan = get(OFFICER, "/distribution-plan");
    assertThat(share(plan, ownClaim).get("shareFen").asLong()).isEqualTo(408_571L);
    assertThat(share(plan, ownClaim).get("paidFen").asLong()).isEqualTo(408_571L);
    assertThat(share(plan, ownClaim).get("heldFen").asLong()).isZero();
    assertThat(share(plan, creditor).get("paidFen").asLong()).isEqualTo(191_429L);
    JsonNode payouts = get("officer-GD0305", "/payouts");
    assertThat(payouts.findValuesAsText("basis")).containsExactlyInAnyOrder("PLAN", "PLAN", "JUDGMENT", "JUDGMENT");
    assertThat(payouts.findValues("amountFen").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(600_000L);
    assertThat(recovered()).isEqualTo(408_571L);
    assertThat(get(OFFICER, "/claims").get(1).get("satisfiedFen").asLong()).isEqualTo(191_429L);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> process(distributionId) == null);
  }

  @Test
  void claimsAreValidatedFieldByFieldAndOtherCourtsSeeNothing() {
    Map<String, Object> bad = new HashMap<>(claim());
    bad.remove("creditorName");
    bad.put("creditorIdNumber", "12345");
    bad.put("amountFen", 0);
    bad.put("seizedOn", LocalDate.now(clock).plusDays(1).toString());
    assertThat(fields(post(OFFICER, "/claims", bad)))
        .containsExactlyInAnyOrder("creditorName", "creditorIdNumber", "amountFen", "seizedOn");
    Map<String, Object> unranked = new HashMap<>(claim());
    unranked.put("kind", "SECURED");
    assertThat(fields(post(OFFICER, "/claims", unranked))).containsExactlyInAnyOrder("rank", "collateralMeasureId");
    unranked.put("rank", 1);
    unranked.put("collateralMeasureId", 999_999_999L);
    assertThat(fields(post(OFFICER, "/claims", unranked))).containsExactly("collateralMeasureId");
    Map<String, Object> ordinaryWithCollateral = new HashMap<>(claim());
    ordinaryWithCollateral.put("collateralMeasureId", measureId);
    assertThat(fields(post(OFFICER, "/claims", ordinaryWithCollateral))).containsExactly("collateralMeasureId");

    assertThat(post("officer-BJ0108", "/claims", claim()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("officer-BJ0108").getForEntity(path("/claims"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("officer-BJ0108").getForEntity(path("/payouts"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(OFFICER, "/claims")).isEmpty(); // nothing was filed
  }

  @Test
  void transferInLieuCreditsTheTransfereeOnlyItsShareInTheOrderOfPaymentAndTheDifferencePaysTheCostsAndTheMortgagee() {
    // reserve ¥1,000,000; costs ¥20,000; mortgage (secured rank 1 on the flat) ¥800,000; a creditor (ordinary,
    // ¥1,500,000) takes the flat
    long costs = filed(claim("执行费用", "COSTS", null, 2_000_000L, null));
    long bank = filed(claim("（2024）粤0304民初1号", "SECURED", 1, 80_000_000L, measureId));
    Map<String, Object> ordinary = claim("（2024）粤0304民初2号", "ORDINARY", null, 150_000_000L, null);
    ordinary.put("creditorIdNumber", "91440300MA5YYYYY2L");
    long creditor = filed(ordinary);

    assertThat(distributions.creditTransferInLieu(caseId, creditor, 100_000_000L, disposalId, OFFICER))
        .isEqualTo(82_000_000L);
    assertThat(distributions.creditTransferInLieu(caseId, creditor, 100_000_000L, disposalId, OFFICER))
        .as("once per disposal").isEqualTo(82_000_000L);
    assertThat(distributions.claims(caseId).stream().filter(c -> c.id() == creditor).findFirst().orElseThrow()
        .satisfiedFen()).isEqualTo(18_000_000L);
    assertThat(get(OFFICER, "/payouts").findValuesAsText("reference")).containsExactly("TIL-" + disposalId);

    // the ¥820,000 paid in is distributed with the disposal: the costs and the mortgagee in full
    jdbc.update("UPDATE asset_disposal SET status = 'TRANSFERRED', proceeds_fen = 0, difference_paid_in_fen = 82000000"
        + " WHERE id = ?", disposalId);
    String distributionId = distributions.open(caseId, 82_000_000L, List.of(disposalId), OFFICER);
    runTimer(distributionId);
    awaitTask(distributionId);
    JsonNode plan = get(OFFICER, "/distribution-plan");
    assertThat(share(plan, costs).get("shareFen").asLong()).isEqualTo(2_000_000L);
    assertThat(share(plan, bank).get("shareFen").asLong()).isEqualTo(80_000_000L);
    assertThat(share(plan, creditor).get("shareFen").asLong()).isZero();

    assertThatThrownBy(() -> distributions.creditTransferInLieu(caseId, 999_999_999L, 1L, "disp-3", OFFICER))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> distributions.creditTransferInLieu("another-case", creditor, 1L, "disp-3", OFFICER))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void securedClaimsArePaidFromTheirCollateralOnlyAndTheirShortfallSharesWithTheOrdinaryClaims() {
    // flat A (mortgage ¥500,000) sells for ¥300,000, car B for ¥200,000
    jdbc.update("UPDATE asset_disposal SET proceeds_fen = 30000000 WHERE id = ?", disposalId);
    long carMeasure = measures.take(caseId, new MeasureRequest("粤B" + UUID.randomUUID().toString().substring(0, 5), "小型轿车一辆",
        AssetType.MOVABLE, MeasureKind.SEIZE, "（2024）粤0303执保2号", LocalDate.now(clock).minusDays(30)),
        new CurrentUser(OFFICER, List.of("court-GD0303"))).id();
    String car = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO asset_disposal (id, case_id, measure_id, asset_type, asset_description, status, seized_on,"
        + " proceeds_fen, created_by, created_at) VALUES (?, ?, ?, 'MOVABLE', '小型轿车一辆', 'SOLD', ?, 20000000, ?, ?)",
        car, caseId, carMeasure, LocalDate.now(clock).minusDays(30), OFFICER, OffsetDateTime.now(clock));
    long bank = filed(claim("（2024）粤0304民初1号", "SECURED", 1, 50_000_000L, measureId));
    Map<String, Object> ordinary = claim("（2024）粤0304民初2号", "ORDINARY", null, 39_000_000L, null);
    ordinary.put("creditorIdNumber", "91440300MA5YYYYY2L");
    long creditor = filed(ordinary);

    String distributionId = distributions.open(caseId, 50_000_000L, List.of(disposalId, car), OFFICER);
    long own = distributions.claims(caseId).stream().filter(ClaimView::ownApplicant).findFirst().orElseThrow().id();
    runTimer(distributionId);
    awaitTask(distributionId);

    // the bank ¥300,000 from the flat; its ¥200,000 shortfall shares the car's ¥200,000 with the ordinary claims
    // (¥10,000 of the applicant, ¥390,000 of the creditor) pro rata, to the fen
    JsonNode plan = get(OFFICER, "/distribution-plan");
    assertThat(share(plan, bank).get("shareFen").asLong()).isEqualTo(30_000_000L + 6_666_667L);
    assertThat(share(plan, own).get("shareFen").asLong()).isEqualTo(333_333L);
    assertThat(share(plan, creditor).get("shareFen").asLong()).isEqualTo(13_000_000L);
    assertThat(plan.get("surplusFen").asLong()).isZero();
    JsonNode claims = get(OFFICER, "/claims");
    assertThat(claims.findValues("collateralMeasureId").stream().filter(v -> !v.isNull()).map(JsonNode::asLong))
        .containsExactly(measureId);
  }

  private long filed(Map<String, Object> claim) {
    ResponseEntity<JsonNode> filed = post(OFFICER, "/claims", claim);
    assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
    return filed.getBody().get("id").asLong();
  }

  private static Map<String, Object> claim(String title, String kind, Integer rank, long amountFen, Long collateral) {
    Map<String, Object> body = claim(title);
    body.put("kind", kind);
    body.put("amountFen", amountFen);
    if (rank != null) {
      body.put("rank", rank);
    }
    if (collateral != null) {
      body.put("collateralMeasureId", collateral);
    }
    return body;
  }

  @Test
  void theDebtorMayObjectToThePlanAndWhatItWinsGoesToTheUnpaidClaimsInTheOrderOfPayment() {
    String distributionId = distributions.open(caseId, 600_000L, List.of(disposalId), OFFICER);
    long creditor = post(OFFICER, "/claims", claim()).getBody().get("id").asLong();
    long own = distributions.claims(caseId).stream().filter(ClaimView::ownApplicant).findFirst().orElseThrow().id();
    runTimer(distributionId);
    Task review = awaitTask(distributionId);
    tasks.claim(review.getId(), OFFICER);
    tasks.complete(review.getId(), Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    awaitStatus("NOTIFIED");

    // the debtor objects: no objector claim; both at once and neither are refused field by field
    Map<String, Object> both = new HashMap<>(objection(own, creditor, 1L));
    both.put("byDebtor", true);
    assertThat(fields(post(OFFICER, "/distribution-plan/objections", both))).containsExactly("objectorClaimId");
    Map<String, Object> neither = new HashMap<>(Map.of("targetClaimId", creditor, "disputedFen", 1L, "reason", "无"));
    assertThat(fields(post(OFFICER, "/distribution-plan/objections", neither))).containsExactly("objectorClaimId");
    Map<String, Object> byDebtor = new HashMap<>(Map.of("byDebtor", true, "targetClaimId", creditor,
        "disputedFen", 100_000L, "reason", "该债权已部分清偿"));
    ResponseEntity<JsonNode> objected = post(OFFICER, "/distribution-plan/objections", byDebtor);
    assertThat(objected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode shown = get(OFFICER, "/distribution-plan").get("objections").get(0);
    assertThat(shown.get("byDebtor").asBoolean()).isTrue();
    assertThat(shown.path("objectorClaimId").isMissingNode() || shown.path("objectorClaimId").isNull()).isTrue();
    assertThat(shown.get("objectorName").asText()).isEqualTo("被执行人深圳某某实业有限公司");

    // nobody counters: the creditor's share is reduced, the applicant's unpaid claim takes the amount
    runTimer(distributionId);
    awaitStatus("OBJECTIONS");
    runTimer(distributionId);
    awaitStatus("PAID");
    JsonNode plan = get(OFFICER, "/distribution-plan");
    assertThat(share(plan, creditor).get("shareFen").asLong()).isEqualTo(171_429L - 100_000L);
    assertThat(share(plan, own).get("shareFen").asLong()).isEqualTo(428_571L + 100_000L);
    assertThat(share(plan, own).get("paidFen").asLong()).isEqualTo(528_571L);
    assertThat(plan.get("surplusFen").asLong()).isZero();
    assertThat(recovered()).isEqualTo(528_571L);
  }

  @Test
  void theOrderOfSeizureOnlyForACorporateDebtorWhoseBankruptcyTransferFailedWithTheSeizuresFromTheMeasureRecords() {
    String distributionId = distributions.open(caseId, 600_000L, List.of(disposalId), OFFICER);
    long own = distributions.claims(caseId).stream().filter(ClaimView::ownApplicant).findFirst().orElseThrow().id();
    // another case on the platform seized the same flat later (waiting seizure): its creditor's seizure is that record
    String other = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(other, UUID.randomUUID().toString(), "（2024）粤0303执" + other.substring(0, 6) + "号",
        "PASSIVE_RISK", "DIRECTED", "GD03", "GD0303", "GD0305", LocalDate.of(2024, 4, 1), 400_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "深圳某某银行", "ENTERPRISE", CREDITOR_ID),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91440300MA5XXXXX1K")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole("GD0303", "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")), "coordinator-GD03", null));
    String flat = jdbc.queryForObject("SELECT asset_key FROM control_measure WHERE id = ?", String.class, measureId);
    measures.take(other, new MeasureRequest(flat, "住宅一套", AssetType.REAL_ESTATE, MeasureKind.SEAL, "（2024）粤0303执保9号",
        LocalDate.now(clock).minusDays(10)), new CurrentUser(OFFICER, List.of("court-GD0303")));
    Map<String, Object> typed = new HashMap<>(claim());
    typed.put("seizedOn", LocalDate.now(clock).minusDays(50).toString());
    assertThat(fields(post(OFFICER, "/claims", typed))).containsExactly("seizedOn");
    Map<String, Object> unknown = new HashMap<>(claim());
    unknown.put("seizureCaseId", UUID.randomUUID().toString());
    assertThat(fields(post(OFFICER, "/claims", unknown))).containsExactly("seizureCaseId");
    Map<String, Object> fromRecords = new HashMap<>(claim());
    fromRecords.put("seizureCaseId", other);
    ResponseEntity<JsonNode> filed = post(OFFICER, "/claims", fromRecords);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long creditor = filed.getBody().get("id").asLong();
    assertThat(filed.getBody().get("seizedOn").asText()).isEqualTo(LocalDate.now(clock).minusDays(10).toString());
    // the seizure order's date and time come from the measure record too (they order two seizures of the same day)
    java.time.OffsetDateTime orderedAt = jdbc.queryForObject(
        "SELECT ordered_at FROM control_measure WHERE case_id = ?", java.time.OffsetDateTime.class, other);
    assertThat(java.time.OffsetDateTime.parse(filed.getBody().get("seizureOrderedAt").asText()).toInstant())
        .isEqualTo(orderedAt.toInstant());

    // no bankruptcy transfer recorded: the order of seizure is refused, the plan drafted pro rata with the reason
    runTimer(distributionId);
    Task review = awaitTask(distributionId);
    assertThat(get(OFFICER, "/distribution-plan").at("/seizureOrder/allowed").asBoolean()).isFalse();
    tasks.claim(review.getId(), OFFICER);
    tasks.complete(review.getId(), Map.of("orderingRule", "SEIZURE_ORDER", "planApproved", true));
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
      Task next = tasks.createTaskQuery().processInstanceId(process(distributionId).getId()).singleResult();
      return next != null && !next.getId().equals(review.getId());
    });
    Task again = awaitTask(distributionId);
    assertThat((String) runtime.getVariable(again.getExecutionId(), "planText")).startsWith("**未采用按查封先后顺序清偿");
    assertThat(runtime.getVariable(again.getExecutionId(), "draftedRule")).isEqualTo("PRO_RATA");
    assertThat(get(OFFICER, "/distribution-plan").get("orderingRule").asText()).isEqualTo("PRO_RATA");

    // the transfer to bankruptcy was refused: recorded, shown, and the order of seizure applies
    assertThat(api.as("officer-BJ0108").exchange(path("/bankruptcy-transfer"), org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(Map.of("outcome", "REFUSED", "basis", "x")), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as(OFFICER).exchange(path("/bankruptcy-transfer"), org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(Map.of("outcome", "REFUSED", "basis", "（2026）粤03破申1号裁定不予受理")),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode allowed = get(OFFICER, "/distribution-plan").get("seizureOrder");
    assertThat(allowed.get("allowed").asBoolean()).isTrue();
    assertThat(allowed.get("bankruptcyTransfer").asText()).isEqualTo("REFUSED");
    assertThat(allowed.get("recordedBy").asText()).isEqualTo(OFFICER);
    tasks.claim(again.getId(), OFFICER);
    tasks.complete(again.getId(), Map.of("orderingRule", "SEIZURE_ORDER", "planApproved", true));
    Awaitility.await().atMost(Duration.ofSeconds(60))
        .until(() -> "SEIZURE_ORDER".equals(get(OFFICER, "/distribution-plan").get("orderingRule").asText()));
    // the applicant's seal (40 days ago) before the creditor's waiting seal (10 days ago): paid first, in full
    Awaitility.await().atMost(Duration.ofSeconds(60))
        .until(() -> share(get(OFFICER, "/distribution-plan"), own).get("shareFen").asLong() == 600_000L);
    assertThat(share(get(OFFICER, "/distribution-plan"), creditor).get("shareFen").asLong()).isZero();
  }

  @Test
  void distributionWithoutItsProcessGetsOneFromTheReconciliationUnlessItsPlanWasServed() {
    String lost = UUID.randomUUID().toString();
    String served = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    jdbc.update("INSERT INTO distribution (id, case_id, distributable_fen, ordering_rule, status, claims_close_at, created_at)"
        + " VALUES (?, ?, 1000, 'PRO_RATA', 'CLAIMS_OPEN', ?, ?)", lost, caseId, now.plusDays(15), now);
    jdbc.update("INSERT INTO distribution (id, case_id, distributable_fen, ordering_rule, status, claims_close_at, created_at)"
        + " VALUES (?, ?, 1000, 'PRO_RATA', 'NOTIFIED', ?, ?)", served, caseId, now, now);

    assertThat(reconciliation.reconcile()).isGreaterThanOrEqualTo(1);
    ProcessInstance started = process(lost);
    assertThat(started).isNotNull();
    assertThat(runtime.getVariable(started.getId(), "executingCourtGroup")).isEqualTo("court-GD0303");
    assertThat(OffsetDateTime.parse((String) runtime.getVariable(started.getId(), "claimsCloseAt")).toInstant())
        .isEqualTo(now.plusDays(15).toInstant());
    assertThat(process(served)).isNull(); // its windows and escrow cannot be guessed: a person repairs it
    assertThat(reconciliation.reconcile()).isZero();
  }

  // --- helpers ---

  private ProcessInstance process(String distributionId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("distribution").processInstanceBusinessKey(caseId)
        .variableValueEquals("distributionId", distributionId).singleResult();
  }

  /** The deadline the process waits for is reached now: its timer job runs. */
  private void runTimer(String distributionId) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery()
        .processInstanceId(process(distributionId).getId()).timers().count() == 1);
    management.executeJob(management.createJobQuery().processInstanceId(process(distributionId).getId()).timers()
        .singleResult().getId());
  }

  private Task awaitTask(String distributionId) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceId(process(distributionId).getId()).taskDefinitionKey("Task_ReviewPlan").count() == 1);
    return tasks.createTaskQuery().processInstanceId(process(distributionId).getId()).singleResult();
  }

  private void awaitStatus(String status) {
    Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> status.equals(get(OFFICER, "/distribution-plan").get("status").asText()));
  }

  private long recovered() {
    return api.as(OFFICER).getForObject("/api/cases/" + caseId, JsonNode.class).get("recoveredFen").asLong();
  }

  private static JsonNode share(JsonNode plan, long claimId) {
    for (JsonNode share : plan.get("shares")) {
      if (share.get("claimId").asLong() == claimId) {
        return share;
      }
    }
    throw new AssertionError("no share of claim " + claimId + " in " + plan);
  }

  private static List<String> fields(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().get("errors").findValuesAsText("field");
  }

  private String path(String tail) {
    return "/api/cases/" + caseId + tail;
  }

  private JsonNode get(String user, String tail) {
    ResponseEntity<JsonNode> response = api.as(user).getForEntity(path(tail), JsonNode.class);
    assertThat(response.getStatusCode()).as("GET " + tail).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> post(String user, String tail, Object body) {
    return api.as(user).postForEntity(path(tail), body, JsonNode.class);
  }

  private static Map<String, Object> claim() {
    return claim("（2024）粤0304民初88号");
  }

  private static Map<String, Object> claim(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("creditorName", "深圳某某银行");
    body.put("creditorIdNumber", CREDITOR_ID);
    body.put("titleNumber", title);
    body.put("kind", "ORDINARY");
    body.put("amountFen", 400_000L);
    return body;
  }

  private static Map<String, Object> objection(long objector, long target, long disputed) {
    return Map.of("objectorClaimId", objector, "targetClaimId", target, "disputedFen", disputed, "reason", "该债权已部分清偿");
  }
}
