package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * asset-disposal: one seized asset from the seizure to money or its release. The test plays the disposal workers
 * (their variables as the real ones set them), the executing court's people, the platform's result (message
 * AuctionResultReported, correlated by the listing's id) and the bankruptcy screening (CoreAssetScreeningDecided),
 * and moves the engine clock through the objection window, the notice and bidding periods and the reminders.
 */
@Deployment(resources = {"bpmn/asset-disposal.bpmn", "forms/realize-directly.form", "forms/determine-reference-price.form",
    "forms/review-price-objection.form", "forms/plan-auction.form", "forms/choose-after-failure.form"})
class AssetDisposalProcessTest extends EnforcementProcessTestSupport {

  @RegisterExtension
  static ProcessEngineExtension engine = processEngineExtension();

  private static final String OFFICER = "officer-GD0304";

  @Test
  void aFlatIsValuedAuctionedAndSoldInTheFirstRound() {
    ProcessInstance pi = start();
    LockedExternalTask open = worker("disposal.open", opened("NONE", false, days(30)));
    assertThat(open.getVariables()).containsEntry("disposalIds", "d-1").containsEntry("disposalIndex", 0);

    Task price = taskAt(pi, "Task_DetermineReferencePrice");
    assertThat(price).hasName("确定参考价：住宅一套（不动产）").hasCandidateGroup("court-GD0304").hasDueDate(days(30));
    assertThat(formRef(price)).isEqualTo("determine-reference-price");
    complete(price, OFFICER, Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_000_000, "valuationBasis", "评估报告"));
    LockedExternalTask record = worker("disposal.record-reference-price", priced(days(5), days(10)));
    assertThat(record.getVariables()).containsEntry("valuationMethod", "APPRAISAL").containsEntry("disposalId", "d-1");
    assertThat(pi).isWaitingAt("Gateway_PriceObjectionWindow");

    timersFireAt(days(5)); // the objection period ends without an objection
    Task plan = taskAt(pi, "Task_PlanAuction");
    assertThat(plan).hasName("制定拍卖方案：住宅一套（不动产）（第一次拍卖）").hasDueDate(days(10));
    assertThat(formRef(plan)).isEqualTo("plan-auction");
    complete(plan, OFFICER, Map.of("startingPriceYuan", 700_000, "depositPercent", 10));
    worker("disposal.publish-auction", published("a-1", days(45)));
    assertThat(pi).isWaitingAt("Gateway_AwaitResult");

    auctionResult("a-1");
    worker("disposal.record-auction-result", Map.of("disposalNextStep", "SOLD"));
    assertThat(pi).isEnded().hasPassed("End_Sold").hasNotPassed("Task_ChooseAfterFailure");
  }

  @Test
  void anUpheldObjectionSendsThePriceBackAndADismissedOneGoesOnToTheAuction() {
    ProcessInstance pi = untilPriced();
    auctionMessage("ReferencePriceObjected", "disposalId", "d-1", Map.of("priceObjectionText", "张三：评估价过低"));
    Task review = taskAt(pi, "Task_ReviewPriceObjection");
    assertThat(review).hasName("审查参考价异议：住宅一套（不动产）");
    assertThat(formRef(review)).isEqualTo("review-price-objection");
    complete(review, OFFICER, Map.of("objectionUpheld", true, "objectionReview", "评估未考虑装修"));
    worker("disposal.record-price-objection-review", Map.of("referencePriceProblem", "参考价异议成立"));
    assertThat(taskAt(pi, "Task_DetermineReferencePrice")).isNotNull();
    assertThat(timerJobs("Timer_PriceObjectionEnds")).isZero();

    complete(taskAt(pi, "Task_DetermineReferencePrice"), OFFICER,
        Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_200_000, "valuationBasis", "重新评估"));
    worker("disposal.record-reference-price", priced(days(5), days(10)));
    auctionMessage("ReferencePriceObjected", "disposalId", "d-1", Map.of("priceObjectionText", "李四：过高"));
    complete(taskAt(pi, "Task_ReviewPriceObjection"), OFFICER, Map.of("objectionUpheld", false, "objectionReview", "不成立"));
    worker("disposal.record-price-objection-review", Map.of());
    assertThat(taskAt(pi, "Task_PlanAuction")).isNotNull();
  }

  @Test
  void anInvalidPriceOrPlanGoesBackToTheCourtWithTheReasons() {
    ProcessInstance pi = start();
    worker("disposal.open", opened("NONE", false, days(30)));
    complete(taskAt(pi, "Task_DetermineReferencePrice"), OFFICER, Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 0));
    workerError("disposal.record-reference-price", "REFERENCE_PRICE_INVALID", "参考价应大于零");
    assertThat(taskAt(pi, "Task_DetermineReferencePrice")).isNotNull();
    assertThat(pi).hasPassed("Error_ReferencePrice");

    complete(taskAt(pi, "Task_DetermineReferencePrice"), OFFICER,
        Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_000_000, "valuationBasis", "评估报告"));
    worker("disposal.record-reference-price", priced(days(5), days(10)));
    timersFireAt(days(5));
    complete(taskAt(pi, "Task_PlanAuction"), OFFICER, Map.of("startingPriceYuan", 600_000, "depositPercent", 30));
    workerError("disposal.publish-auction", "AUCTION_PLAN_INVALID", "起拍价不得低于参考价的70%");
    assertThat(taskAt(pi, "Task_PlanAuction")).isNotNull();
    assertThat(pi).hasPassed("Error_AuctionPlan").isNotWaitingAt("Gateway_AwaitResult");
  }

  @Test
  void twoFailedRoundsAndAFailedSellOffEndInATransferInLieu() {
    ProcessInstance pi = untilPublished("a-1");
    auctionResult("a-1");
    worker("disposal.record-auction-result", next("PLAN", Map.of("auctionRoundText", "第二次拍卖", "planDueAt", iso(days(60)))));
    Task second = taskAt(pi, "Task_PlanAuction");
    assertThat(second).hasName("制定拍卖方案：住宅一套（不动产）（第二次拍卖）").hasDueDate(days(60));
    complete(second, OFFICER, Map.of("startingPriceYuan", 560_000, "depositPercent", 10));
    worker("disposal.publish-auction", published("a-2", days(80)));
    auctionResult("a-2");
    worker("disposal.record-auction-result", next("AFTER_FAILURE", Map.of()));

    Task choose = taskAt(pi, "Task_ChooseAfterFailure");
    assertThat(choose).hasName("流拍后处置方式：住宅一套（不动产）");
    assertThat(formRef(choose)).isEqualTo("choose-after-failure");
    complete(choose, OFFICER, Map.of("afterFailureChoice", "SELL_OFF", "afterFailureReason", "先行变卖"));
    worker("disposal.publish-sell-off", published("a-3", days(150)));
    auctionResult("a-3");
    worker("disposal.record-auction-result", next("AFTER_FAILURE", Map.of()));

    complete(taskAt(pi, "Task_ChooseAfterFailure"), OFFICER, Map.of("afterFailureChoice", "SELL_OFF", "afterFailureReason", "再变卖"));
    workerError("disposal.publish-sell-off", "AFTER_FAILURE_INVALID", "已变卖未成交");
    complete(taskAt(pi, "Task_ChooseAfterFailure"), OFFICER,
        Map.of("afterFailureChoice", "TRANSFER_IN_LIEU", "transfereeClaimId", 999L, "afterFailureReason", "申请执行人接受抵债"));
    workerError("disposal.transfer-in-lieu", "AFTER_FAILURE_INVALID", "须选择本案债权人");
    complete(taskAt(pi, "Task_ChooseAfterFailure"), OFFICER,
        Map.of("afterFailureChoice", "TRANSFER_IN_LIEU", "transfereeClaimId", 1L, "afterFailureReason", "申请执行人接受抵债"));
    LockedExternalTask transfer = worker("disposal.transfer-in-lieu", Map.of());
    assertThat(transfer.getVariables()).containsEntry("transfereeClaimId", 1L);
    assertThat(pi).isEnded().hasPassed("End_Transferred", "Error_SellOff", "Error_TransferInLieu").hasNotPassed("End_Sold");
  }

  @Test
  void afterTheSecondFailureTheCourtMayReleaseTheAsset() {
    ProcessInstance pi = untilPublished("a-1");
    auctionResult("a-1");
    worker("disposal.record-auction-result", next("AFTER_FAILURE", Map.of()));
    complete(taskAt(pi, "Task_ChooseAfterFailure"), OFFICER, Map.of("afterFailureChoice", "RELEASE", "afterFailureReason", "无人受让"));
    worker("disposal.release", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Released");
  }

  @Test
  void aDefaultingBuyerMeansAnotherAuctionOfTheSameRound() {
    ProcessInstance pi = untilPublished("a-1");
    auctionResult("a-1");
    worker("disposal.record-auction-result", next("PLAN", Map.of("auctionRoundText", "第一次拍卖（悔拍后重新拍卖）",
        "afterDefault", true, "planDueAt", iso(days(70)))));
    assertThat(taskAt(pi, "Task_PlanAuction")).hasName("制定拍卖方案：住宅一套（不动产）（第一次拍卖（悔拍后重新拍卖））");
  }

  @Test
  void withoutAResultTheDueTimeReadsWhatIsStoredAndWaitsAgain() {
    ProcessInstance pi = untilPublished("a-1");
    timersFireAt(days(45)); // the platform has not delivered by the due time
    worker("disposal.record-auction-result", next("WAIT", Map.of("resultDueAt", iso(days(48)))));
    assertThat(pi).isWaitingAt("Gateway_AwaitResult");
    assertThat(timerDueAt("Timer_ResultDue")).isEqualTo(days(48));
    auctionResult("a-1");
    worker("disposal.record-auction-result", next("SOLD", Map.of()));
    assertThat(pi).isEnded().hasPassed("End_Sold");
  }

  @Test
  void aHeldCoreAssetWaitsForTheScreeningAndIsRetainedOrDisposed() {
    ProcessInstance retained = start();
    worker("disposal.open", opened("HELD", false, days(30)));
    assertThat(retained).isWaitingAt("Event_ScreeningDecided");
    auctionMessage("CoreAssetScreeningDecided", "disposalId", "d-1", Map.of());
    worker("disposal.read-screening", Map.of("retained", true));
    assertThat(retained).isEnded().hasPassed("End_Retained");

    ProcessInstance released = start();
    worker("disposal.open", opened("HELD", false, days(30)));
    auctionMessage("CoreAssetScreeningDecided", "disposalId", "d-1", Map.of());
    worker("disposal.read-screening", Map.of("retained", false));
    assertThat(taskAt(released, "Task_DetermineReferencePrice")).isNotNull();

    ProcessInstance decidedBefore = start();
    worker("disposal.open", opened("RETAINED", false, days(30)));
    assertThat(decidedBefore).isWaitingAt("Task_ReadScreening").hasNotPassed("Event_ScreeningDecided");
    worker("disposal.read-screening", Map.of("retained", true));
    assertThat(decidedBefore).isEnded().hasPassed("End_Retained");
  }

  @Test
  void depositsAndPerishableGoodsAreRealizedAtOnce() {
    ProcessInstance pi = start();
    worker("disposal.open", opened("NONE", true, days(30)));
    Task realize = taskAt(pi, "Task_RealizeDirectly");
    assertThat(realize).hasName("直接变现：住宅一套（不动产）");
    assertThat(formRef(realize)).isEqualTo("realize-directly");
    complete(realize, OFFICER, Map.of("realizationMethod", "DEDUCTION", "realizedYuan", 12_345.67, "realizationNote", "扣划"));
    worker("disposal.record-realization", Map.of());
    assertThat(pi).isEnded().hasPassed("End_Realized").hasNotPassed("Task_DetermineReferencePrice");
  }

  @Test
  void lateValuationAndALateAuctionAreRemindedWhileTheTasksStayOpen() {
    ProcessInstance pi = start();
    worker("disposal.open", opened("NONE", false, days(30)));
    timersFireAt(days(30));
    worker("disposal.remind-valuation", Map.of());
    assertThat(taskAt(pi, "Task_DetermineReferencePrice")).isNotNull();
    complete(taskAt(pi, "Task_DetermineReferencePrice"), OFFICER,
        Map.of("valuationMethod", "NEGOTIATION", "referencePriceYuan", 800_000, "valuationBasis", "议价协议"));
    worker("disposal.record-reference-price", priced(days(35), days(40)));
    timersFireAt(days(35));
    timersFireAt(days(40));
    worker("disposal.remind-auction-plan", Map.of());
    assertThat(taskAt(pi, "Task_PlanAuction")).isNotNull();
    assertThat(pi).hasPassed("End_ValuationReminded", "End_PlanReminded");
  }

  // --- helpers ---

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey("asset-disposal", CASE, Map.of("caseId", CASE,
        "executingCourtGroup", "court-GD0304", "disposalIds", "d-1", "disposalIndex", 0));
  }

  private ProcessInstance untilPriced() {
    ProcessInstance pi = start();
    worker("disposal.open", opened("NONE", false, days(30)));
    complete(taskAt(pi, "Task_DetermineReferencePrice"), OFFICER,
        Map.of("valuationMethod", "APPRAISAL", "referencePriceYuan", 1_000_000, "valuationBasis", "评估报告"));
    worker("disposal.record-reference-price", priced(days(5), days(10)));
    return pi;
  }

  private ProcessInstance untilPublished(String auctionId) {
    ProcessInstance pi = untilPriced();
    timersFireAt(days(5));
    complete(taskAt(pi, "Task_PlanAuction"), OFFICER, Map.of("startingPriceYuan", 700_000, "depositPercent", 10));
    worker("disposal.publish-auction", published(auctionId, days(45)));
    return pi;
  }

  private Map<String, Object> opened(String holdState, boolean direct, java.util.Date valuationDue) {
    Map<String, Object> v = new HashMap<>();
    v.put("disposalId", "d-1");
    v.put("assetLabel", "住宅一套（不动产）");
    v.put("holdState", holdState);
    v.put("directRealization", direct);
    v.put("valuationDueAt", iso(valuationDue));
    return v;
  }

  private Map<String, Object> priced(java.util.Date objectionEnds, java.util.Date planDue) {
    return Map.of("priceObjectionEndsAt", iso(objectionEnds), "planDueAt", iso(planDue), "auctionRound", 1,
        "auctionRoundText", "第一次拍卖");
  }

  private Map<String, Object> published(String auctionId, java.util.Date resultDue) {
    return Map.of("auctionId", auctionId, "resultDueAt", iso(resultDue));
  }

  private Map<String, Object> next(String step, Map<String, Object> more) {
    Map<String, Object> v = new HashMap<>(more);
    v.put("disposalNextStep", step);
    return v;
  }

  /** The platform's result is stored and handed to the disposal waiting for that listing. */
  private void auctionResult(String auctionId) {
    auctionMessage("AuctionResultReported", "auctionId", auctionId, Map.of());
  }

  private void auctionMessage(String message, String variable, String value, Map<String, Object> variables) {
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(CASE).processInstanceVariableEquals(variable, value)
        .setVariables(variables).correlateWithResult();
  }
}
