package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What people do to disposals outside their tasks, through the REST API and the real models: a perishable mark sends
 * goods down the fast path, the bankruptcy screening holds a core asset and releases it, a party objects to the
 * reference price within its window (and not outside it), and bad input is refused field by field, changing nothing.
 */
@IntegrationTest
class DisposalApiIT {

  private static final String DEBTOR = "91350100M000100Y43";

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  CaseFlow flow;

  @BeforeEach
  void flow() {
    flow = new CaseFlow(api, tasks, runtime, externalTasks);
  }

  @Test
  void perishableGoodsGoStraightToSaleAHeldCoreAssetWaitsAndAPriceObjectionIsReviewedOnlyInItsWindow() {
    CaseFlow.Decided c = flow.decidedCase(5_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    String base = "/api/cases/" + c.caseId();
    flow.handOver(c);
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    long fruit = measure(c, officer, "IT-FRUIT-" + c.caseId(), "冷库存放的荔枝 20 吨", "MOVABLE", "SEIZE");
    long plant = measure(c, officer, "IT-PLANT-" + c.caseId(), "生产线一条", "MOVABLE", "SEIZE");

    // bad input is refused field by field; other courts and the wrong role are refused
    var bad = api.as(officer).postForEntity(base + "/measures/" + fruit + "/perishable", Map.of(), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactly("perishable");
    assertThat(api.as("officer-BJ0101").postForEntity(base + "/measures/" + fruit + "/perishable", Map.of("perishable", true),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as(officer).postForEntity(base + "/measures/" + plant + "/core-asset-hold",
        Map.of("hold", "HELD", "reason", "破产审查"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var noReason = api.as("coordinator-GD03").postForEntity(base + "/measures/" + plant + "/core-asset-hold",
        Map.of("hold", "HELD"), JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("errors").findValuesAsText("field")).containsExactly("reason");

    assertThat(api.as(officer).postForEntity(base + "/measures/" + fruit + "/perishable", Map.of("perishable", true),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api.as("coordinator-GD03").postForEntity(base + "/measures/" + plant + "/core-asset-hold",
        Map.of("hold", "HELD", "reason", "被执行人具有挽救价值，生产线为重整核心资产"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    flow.complete(officer, decide, Map.of("nextStep", "DISPOSE", "nextStepReason", "处置扣押财产"));

    // the fruit is sold at once; the production line waits for the screening
    Task realize = flow.awaitTask(c.caseId(), "Task_RealizeDirectly");
    assertThat(realize.getName()).isEqualTo("直接变现：冷库存放的荔枝 20 吨（动产）");
    flow.awaitOr(() -> disposal(c, officer, plant).get("status").asText().equals("HELD"), () -> flow.whereIs(c.caseId()));
    flow.complete(officer, realize, Map.of("realizationMethod", "PERISHABLE_SALE", "realizedYuan", 86_000.5,
        "realizationNote", "经双方同意按市价及时变卖"));
    flow.awaitOr(() -> disposal(c, officer, fruit).get("status").asText().equals("REALIZED"), () -> flow.whereIs(c.caseId()));
    assertThat(disposal(c, officer, fruit).get("proceedsFen").asLong()).isEqualTo(8_600_050L);

    // the screening releases the line: it is valued
    assertThat(api.as("coordinator-GD03").postForEntity(base + "/measures/" + plant + "/core-asset-hold",
        Map.of("hold", "RELEASED", "reason", "重整不成，恢复处置"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task price = flow.awaitTask(c.caseId(), "Task_DetermineReferencePrice");
    String plantDisposal = disposal(c, officer, plant).get("id").asText();
    String objections = base + "/disposals/" + plantDisposal + "/price-objections";
    // before the price is served there is nothing to object to
    assertThat(api.as(officer).postForEntity(objections, Map.of("objector", "张三", "reason", "过低"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    flow.complete(officer, price, Map.of("valuationMethod", "ONLINE_INQUIRY", "referencePriceYuan", 300_000,
        "valuationBasis", "网络询价报告", "negotiationNotUsedReason", "当事人议价不成",
        "directedInquiryNotUsedReason", "无定向询价条件"));
    flow.awaitOr(() -> disposal(c, officer, plant).get("status").asText().equals("PRICED"), () -> flow.whereIs(c.caseId()));
    // the reasons the earlier methods were not used are recorded and shown with the price
    assertThat(flow.theCase(c.caseId(), "manager").get("timeline").findValuesAsText("detail"))
        .anySatisfy(d -> assertThat(d).contains("网络询价", "未采用当事人议价：当事人议价不成", "未采用定向询价：无定向询价条件"));
    // … and on the disposal itself, with the price they led to
    assertThat(disposal(c, officer, plant).get("valuationSkippedReasons").asText())
        .isEqualTo("未采用当事人议价：当事人议价不成；未采用定向询价：无定向询价条件");

    var noObjector = api.as(officer).postForEntity(objections, Map.of("reason", "过低"), JsonNode.class);
    assertThat(noObjector.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noObjector.getBody().get("errors").findValuesAsText("field")).containsExactly("objector");
    assertThat(api.as(officer).postForEntity(objections, Map.of("objector", "张三", "reason", "询价结果明显低于市场价"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task review = flow.awaitTask(c.caseId(), "Task_ReviewPriceObjection");
    flow.complete(officer, review, Map.of("objectionUpheld", false, "objectionReview", "询价程序合法，异议不成立"));
    flow.awaitTask(c.caseId(), "Task_PlanAuction");
    // the window has passed to the auction plan: a second objection is refused and nothing is written
    assertThat(api.as(officer).postForEntity(objections, Map.of("objector", "李四", "reason", "过低"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(flow.theCase(c.caseId(), "manager").get("timeline").findValuesAsText("detail"))
        .filteredOn(d -> d.contains("对") && d.contains("参考价提出异议")).hasSize(1);
  }

  private long measure(CaseFlow.Decided c, String officer, String key, String description, String type, String kind) {
    var taken = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey", key,
        "assetDescription", description, "assetType", type, "kind", kind, "orderNumber", "（2026）粤执扣" + key.hashCode() + "号",
        "takenOn", CaseFlow.today()), JsonNode.class);
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return taken.getBody().get("id").asLong();
  }

  private JsonNode disposal(CaseFlow.Decided c, String user, long measureId) {
    for (JsonNode d : api.as(user).getForObject("/api/cases/" + c.caseId() + "/disposals", JsonNode.class)) {
      if (d.get("measureId").asLong() == measureId) {
        return d;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
