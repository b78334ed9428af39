package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * From a sealed flat to money in three creditors' pockets, through the real models, workers, the auction platform
 * simulator (the test flat fails its first round and sells in the second) and the REST API; the people are played
 * through /engine-rest and the waiting periods (objections, claims) are ended by running their timers.
 */
@IntegrationTest
class DisposalAndDistributionIT {

  /** The simulator is told (application-test.yaml) that this flat fails its first auction and sells in the second. */
  static final String FLAT = "粤(2024)深圳市不动产权第IT00001号";
  private static final String DEBTOR = "91350100M000100Y43";

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;
  CaseFlow flow;

  @BeforeEach
  void flow() {
    flow = new CaseFlow(api, tasks, runtime, externalTasks);
  }

  @Test
  void aSealedFlatIsValuedAuctionedTwiceSoldAndItsPriceDistributedToThreeCreditorsToTheFen() {
    CaseFlow.Decided c = flow.decidedCase(40_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");

    var sealed = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey", FLAT,
        "assetDescription", "深圳市南山区住宅一套", "assetType", "REAL_ESTATE", "kind", "SEAL",
        "orderNumber", "（2026）粤执封1号", "takenOn", CaseFlow.today()), JsonNode.class);
    assertThat(sealed.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // two more creditors join: a bank holding a mortgage on the flat, and another judgment creditor
    long bank = claim(c, officer, "中国建设银行深圳分行", "91440300X00000001A", "（2025）粤0305民初100号", "SECURED", 1, 10_000_000L,
        sealed.getBody().get("id").asLong());
    long other = claim(c, officer, "王五", "440301198001010012", "（2025）粤0305民初200号", "ORDINARY", null, 20_000_000L,
        null);

    flow.complete(officer, decide, Map.of("nextStep", "DISPOSE", "nextStepReason", "查封房产一套，依法评估拍卖"));

    // the reference price: commissioned appraisal; no objection in the window
    Task price = flow.awaitTask(c.caseId(), "Task_DetermineReferencePrice");
    assertThat(price.getName()).isEqualTo("确定参考价：深圳市南山区住宅一套（不动产和其他财产权）");
    // a later method needs the reason each earlier one was not used: without them it comes back, each named
    flow.complete(officer, price, Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_000_000,
        "valuationBasis", "深价评字（2026）第1号评估报告", "negotiationNotUsedReason", "当事人议价不成"));
    Task priceAgain = flow.awaitTask(c.caseId(), "Task_DetermineReferencePrice");
    assertThat(formVariables(officer, priceAgain).at("/referencePriceProblem/value").asText())
        .contains("未采用定向询价的理由", "未采用网络询价的理由").doesNotContain("未采用当事人议价的理由");
    flow.complete(officer, priceAgain, Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_000_000,
        "valuationBasis", "深价评字（2026）第1号评估报告", "negotiationNotUsedReason", "当事人议价不成",
        "directedInquiryNotUsedReason", "无计税基准价等定向询价条件", "onlineInquiryNotUsedReason", "申请执行人申请委托评估"));
    runTimer(c.caseId(), "Timer_PriceObjectionEnds");

    // first round: a starting price under 70 % is sent back with the reason
    Task plan = flow.awaitTask(c.caseId(), "Task_PlanAuction");
    // the plan is pre-filled with the lowest lawful values, as the README says: 70 % and a 5 % deposit
    JsonNode prefilled = formVariables(officer, plan);
    assertThat(prefilled.at("/startingPriceYuan/value").asDouble()).isEqualTo(700_000.0);
    assertThat(prefilled.at("/depositPercent/value").asDouble()).isEqualTo(5.0);
    assertThat(prefilled.at("/depositRangeText/value").asText()).contains("35,000.00 元 至 140,000.00 元");
    flow.complete(officer, plan, Map.of("startingPriceYuan", 600_000, "depositPercent", 10));
    Task again = flow.awaitTask(c.caseId(), "Task_PlanAuction");
    assertThat(formVariables(officer, again).at("/auctionPlanProblem/value").asText()).contains("70%");
    flow.complete(officer, again, Map.of("startingPriceYuan", 700_000, "depositPercent", 10));

    // the platform reports the first round failed; the second round may be at most 20 % lower
    Task second = flow.awaitTask(c.caseId(), "Task_PlanAuction");
    assertThat(second.getName()).contains("第二次拍卖");
    flow.complete(officer, second, Map.of("startingPriceYuan", 560_000, "depositPercent", 10));

    // sold: the proceeds open a distribution among the creditors
    flow.awaitOr(() -> "SOLD".equals(disposals(c, officer).get(0).get("status").asText()), () -> flow.whereIs(c.caseId()));
    JsonNode disposal = disposals(c, officer).get(0);
    long proceeds = disposal.get("proceedsFen").asLong();
    assertThat(proceeds).isGreaterThanOrEqualTo(56_000_000L);
    JsonNode auctions = api.as(officer).getForObject("/api/cases/" + c.caseId() + "/auctions", JsonNode.class);
    assertThat(auctions).hasSize(2);
    assertThat(auctions.get(0).get("status").asText()).isEqualTo("FAILED");
    assertThat(auctions.get(0).get("startingPriceFen").asLong()).isEqualTo(70_000_000L);
    assertThat(auctions.get(0).get("noticeDays").asInt()).isEqualTo(30);
    assertThat(auctions.get(1).get("status").asText()).isEqualTo("SOLD");
    assertThat(auctions.get(1).get("noticeDays").asInt()).isEqualTo(15);
    assertThat(api.as(officer).getForObject("/api/cases/" + c.caseId() + "/measures", JsonNode.class).get(0)
        .get("status").asText()).isEqualTo("LIFTED");

    // the valuation and the auctions do not count towards the six-month limit
    JsonNode timeline = flow.theCase(c.caseId(), "manager").get("timeline");
    assertThat(timeline.findValuesAsText("detail")).anySatisfy(d -> assertThat(d).startsWith("评估、鉴定期间").contains("不计入执行期限"))
        .anySatisfy(d -> assertThat(d).startsWith("拍卖、变卖期间").contains("不计入执行期限"));

    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("distribution")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> flow.whereIs(c.caseId()));
    runTimer(c.caseId(), "Timer_ClaimsClose");
    Task review = flow.awaitTask(c.caseId(), "Task_ReviewPlan");
    flow.complete(officer, review, Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    flow.awaitOr(() -> "NOTIFIED".equals(plan(c, officer).get("status").asText()), () -> flow.whereIs(c.caseId()));
    runTimer(c.caseId(), "Timer_ObjectionsClose");

    // paid: the mortgagee in full first, then the two ordinary creditors pro rata; every fen accounted for
    flow.awaitOr(() -> "PAID".equals(plan(c, officer).get("status").asText()), () -> flow.whereIs(c.caseId()));
    JsonNode payouts = api.as(officer).getForObject("/api/cases/" + c.caseId() + "/payouts", JsonNode.class);
    Map<Long, Long> paid = new HashMap<>();
    payouts.forEach(p -> paid.merge(p.get("claimId").asLong(), p.get("amountFen").asLong(), Long::sum));
    assertThat(paid).hasSize(3).containsEntry(bank, 10_000_000L);
    long ordinary = proceeds - 10_000_000L;
    long toOther = paid.get(other);
    long toApplicant = paid.entrySet().stream().filter(e -> e.getKey() != bank && e.getKey() != other).findFirst()
        .orElseThrow().getValue();
    assertThat(toApplicant + toOther).isEqualTo(ordinary);
    // pro rata 40 : 20 (the applicant's 400,000 yuan against 200,000), to the fen
    assertThat(Math.abs(toApplicant * 20_000_000L - toOther * 40_000_000L)).isLessThanOrEqualTo(40_000_000L);
    assertThat(paid.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(proceeds);
    assertThat(flow.theCase(c.caseId(), "manager").get("recoveredFen").asLong()).isEqualTo(toApplicant);
  }

  private long claim(CaseFlow.Decided c, String user, String name, String idNumber, String title, String kind, Integer rank,
      long amountFen, Long collateralMeasureId) {
    Map<String, Object> body = new HashMap<>(Map.of("creditorName", name, "creditorIdNumber", idNumber,
        "titleNumber", title, "kind", kind, "amountFen", amountFen));
    if (rank != null) {
      body.put("rank", rank);
    }
    if (collateralMeasureId != null) {
      body.put("collateralMeasureId", collateralMeasureId);
    }
    var filed = api.as(user).postForEntity("/api/cases/" + c.caseId() + "/claims", body, JsonNode.class);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return filed.getBody().get("id").asLong();
  }

  private JsonNode disposals(CaseFlow.Decided c, String user) {
    return api.as(user).getForObject("/api/cases/" + c.caseId() + "/disposals", JsonNode.class);
  }

  private JsonNode plan(CaseFlow.Decided c, String user) {
    return api.as(user).getForObject("/api/cases/" + c.caseId() + "/distribution-plan", JsonNode.class);
  }

  private JsonNode formVariables(String user, Task task) {
    return api.as(user).getForObject("/engine-rest/task/" + task.getId() + "/form-variables", JsonNode.class);
  }

  /** The period ends: its timer (of whichever of the case's processes waits on it) runs now. */
  private void runTimer(String caseId, String activityId) {
    List<String> instances = new ArrayList<>();
    flow.awaitOr(() -> {
      instances.clear();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().forEach(p -> instances.add(p.getId()));
      return instances.stream().anyMatch(id -> management.createJobQuery().processInstanceId(id).activityId(activityId).count() == 1);
    }, () -> "waiting for timer " + activityId + "; " + flow.whereIs(caseId));
    for (String id : instances) {
      management.createJobQuery().processInstanceId(id).activityId(activityId).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }
}
