package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.gateway.AuctionResult;
import cn.court.crossexec.gateway.AuctionResults;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * disposal.record-auction-result: reads the platform's stored result of the listing (delivered by message, or read
 * at the due time when the delivery did not come) and decides the next step (disposalNextStep):
 * SOLD — the proceeds await distribution; WAIT — no result yet, wait again; PLAN — plan another round (second
 * round after a first failure, or the same round again after the buyer defaulted: deposit forfeited, buyer
 * barred); AFTER_FAILURE — the second round or the sell-off failed, the court chooses what follows.
 */
@Component
class RecordAuctionResultWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final AuctionResults results;
  private final DisposalProperties properties;
  private final ControlMeasureService measures;
  private final DistributionService distribution;

  RecordAuctionResultWorker(Disposals disposals, DisposalSteps steps, AuctionResults results, DisposalProperties properties,
      ControlMeasureService measures, DistributionService distribution) {
    this.distribution = distribution;
    this.disposals = disposals;
    this.steps = steps;
    this.results = results;
    this.properties = properties;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "disposal.record-auction-result";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "auctionId");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    Auction auction = disposals.auction(job.stringVariable("auctionId")).orElseThrow();
    Optional<AuctionResult> reported = results.find(auction.id());
    if (reported.isEmpty()) {
      steps.record(d.caseId(), "AUCTION_RESULT_MISSING", d.label() + "：网络司法拍卖平台尚未回传结果，继续等待");
      return next("WAIT", Map.of("resultDueAt", steps.now().plus(properties.resultGrace()).toString()));
    }
    AuctionResult result = reported.get();
    OffsetDateTime now = steps.now();
    boolean firstReading = "PUBLISHED".equals(auction.status());
    if (firstReading) {
      disposals.settleAuction(auction.id(), result.outcome().name(), result.finalPriceFen(), result.buyerName(),
          result.buyerIdNumber(), now);
    }
    return switch (result.outcome()) {
      case SOLD -> sold(d, auction, result, firstReading);
      case DEFAULTED -> defaulted(d, auction, result, firstReading);
      case FAILED -> failed(d, auction, firstReading);
    };
  }

  private JobResult sold(Disposal d, Auction auction, AuctionResult result, boolean firstReading) {
    if (firstReading) {
      disposals.close(d.id(), DisposalStatus.SOLD, result.finalPriceFen(), (auction.isSellOff() ? "变卖成交" : "第"
          + auction.round() + "次拍卖成交") + "，买受人 " + result.buyerName(), steps.now());
      steps.promptWaitingCreditors(d, measures.endWithDisposal(d.measureId(), auction.isSellOff() ? "变卖" : "拍卖成交", null),
          auction.isSellOff() ? "变卖成交" : "拍卖成交");
      steps.excludeDisposalPeriods(d);
      steps.record(d.caseId(), "AUCTION_SOLD", d.label() + (auction.isSellOff() ? "变卖成交" : "第" + auction.round()
          + "次拍卖成交") + "：成交价 " + Money.yuan(result.finalPriceFen()) + "，买受人 " + result.buyerName());
    }
    return next("SOLD", Map.of());
  }

  private JobResult defaulted(Disposal d, Auction auction, AuctionResult result, boolean firstReading) {
    if (firstReading) {
      disposals.bar(d.id(), result.buyerIdNumber(), result.buyerName(), steps.now());
      disposals.forfeitDeposit(d.id(), auction.depositFen());
      steps.record(d.caseId(), "AUCTION_DEFAULTED", d.label() + "买受人 " + result.buyerName() + " 悔拍：保证金 "
          + Money.yuan(auction.depositFen()) + " 不予退还，不得参加该财产的竞买；重新拍卖");
    }
    if (auction.isSellOff()) {
      return afterFailure(d, "变卖成交后买受人未付款，保证金不予退还");
    }
    Long previous = auction.round() > 1 ? disposals.lastFailedRound(d.id()).map(Auction::startingPriceFen).orElse(null) : null;
    return next("PLAN", steps.planVariables(steps.disposal(d.id()), auction.round(), true, previous, properties.reauctionPeriod()));
  }

  private JobResult failed(Disposal d, Auction auction, boolean firstReading) {
    if (firstReading) {
      steps.record(d.caseId(), auction.isSellOff() ? "SELL_OFF_FAILED" : "AUCTION_FAILED", d.label()
          + (auction.isSellOff() ? "变卖期满无人购买" : "第" + auction.round() + "次拍卖流拍"));
    }
    if (auction.isSellOff()) {
      return afterFailure(d, "变卖期满无人购买，可以物抵债或解除查封");
    }
    if (auction.round() == 1) {
      return next("PLAN", steps.planVariables(steps.disposal(d.id()), 2, false, auction.startingPriceFen(),
          properties.reauctionPeriod()));
    }
    return afterFailure(d, "可在网络平台变卖（变卖期 " + properties.sellOffPeriod().getDays() + " 日，价格为第二次拍卖的起拍价）");
  }

  private JobResult afterFailure(Disposal d, String sellOffText) {
    disposals.status(d.id(), DisposalStatus.AFTER_FAILURE);
    long reserve = disposals.lastFailedRound(d.id()).map(Auction::startingPriceFen).orElseThrow();
    distribution.enterOwnApplicant(d.caseId(), SystemActor.ID); // the applicant may take the asset in lieu too
    List<String> creditors = TransfereeCandidates.lines(distribution.claims(d.caseId()));
    Map<String, Object> v = new HashMap<>();
    v.put("failedReservePriceText", Money.yuan(reserve) + "（第二次拍卖的保留价，以物抵债按此价格）");
    v.put("sellOffText", sellOffText);
    v.put("creditorsText", creditors.isEmpty() ? "尚无申报参与分配的债权人" : String.join("\n", creditors));
    v.put("afterFailureProblem", DisposalSteps.NO_PROBLEM);
    return next("AFTER_FAILURE", v);
  }

  private static JobResult next(String step, Map<String, Object> variables) {
    Map<String, Object> v = new HashMap<>(variables);
    v.put("disposalNextStep", step);
    return JobResult.complete(v);
  }
}
