package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.gateway.AuctionListing;
import cn.court.crossexec.gateway.AuctionPlatformGateway;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.publish-auction: checks the court's plan against the law (starting price, price cut, deposit) and
 * publishes the round on the auction platform with its notice period; a plan that breaks a rule goes back to the
 * court with the reasons (BPMN error AUCTION_PLAN_INVALID). The listing's id follows from the disposal and the
 * listing's number, so a retried publication is the same listing (the platform takes it as an idempotency key).
 */
@Component
class PublishAuctionWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final AuctionRules rules;
  private final DisposalProperties properties;
  private final AuctionPlatformGateway platform;

  PublishAuctionWorker(Disposals disposals, DisposalSteps steps, AuctionRules rules, DisposalProperties properties,
      AuctionPlatformGateway platform) {
    this.disposals = disposals;
    this.steps = steps;
    this.rules = rules;
    this.properties = properties;
    this.platform = platform;
  }

  @Override
  public String topic() {
    return "disposal.publish-auction";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "auctionRound", "afterDefault", "startingPriceYuan", "depositPercent", "preemptionHolders");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    int round = (int) job.longVariable("auctionRound");
    boolean afterDefault = Boolean.TRUE.equals(job.variable("afterDefault"));
    List<String> problems = new ArrayList<>();
    long startingFen = 0;
    BigDecimal depositPercent = null;
    try {
      startingFen = Money.fenOfYuan(job.variable("startingPriceYuan"));
    } catch (IllegalArgumentException e) {
      problems.add("起拍价：" + e.getMessage());
    }
    try {
      String deposit = job.stringVariable("depositPercent");
      depositPercent = deposit == null || deposit.isBlank() ? null : new BigDecimal(deposit.trim());
    } catch (NumberFormatException e) {
      problems.add("保证金比例应为数字");
    }
    Long previousStarting = round > 1 ? disposals.lastFailedRound(d.id()).map(Auction::startingPriceFen).orElse(null) : null;
    if (problems.isEmpty()) {
      problems.addAll(rules.checkPlan(new AuctionPlan(round, afterDefault, d.referencePriceFen(),
          previousStarting, startingFen, depositPercent)));
    }
    if (!problems.isEmpty()) {
      String text = String.join("；", problems);
      return JobResult.bpmnError("AUCTION_PLAN_INVALID", text, Map.of("auctionPlanProblem", text));
    }
    int sequence = disposals.listings(d.id()) + 1;
    Period notice = rules.noticePeriod(d.assetClass(), round > 1);
    OffsetDateTime startsAt = OffsetDateTime.parse(steps.endOfPeriodFromToday(notice));
    Auction auction = new Auction(Disposals.auctionId(d.id(), sequence), d.id(), round, "AUCTION", startingFen,
        rules.depositFen(startingFen, depositPercent), notice.getDays(), steps.now(), startsAt,
        startsAt.plus(properties.biddingPeriod()), blankToNull(job.stringVariable("preemptionHolders")), "PUBLISHED", null,
        null, null, null, SystemActor.ID);
    return publish(d, auction, sequence, steps, disposals, platform, properties);
  }

  /** Stores the listing, hands it to the platform, and tells the model until when to wait for the result. */
  static JobResult publish(Disposal d, Auction auction, int sequence, DisposalSteps steps, Disposals disposals,
      AuctionPlatformGateway platform, DisposalProperties properties) {
    disposals.insertAuction(auction);
    disposals.status(d.id(), auction.isSellOff() ? DisposalStatus.SELLING_OFF : DisposalStatus.AUCTIONING);
    platform.publish(new AuctionListing(auction.id(), d.caseId(), d.id(),
        auction.isSellOff() ? AuctionListing.Kind.SELL_OFF : AuctionListing.Kind.AUCTION, auction.round(), sequence,
        d.assetKey(), d.assetDescription(), d.assetType(), auction.startingPriceFen(), auction.depositFen(),
        auction.biddingStartsAt(), auction.biddingEndsAt(), auction.preemptionHolders(), disposals.barred(d.id())));
    steps.record(d.caseId(), auction.isSellOff() ? "SELL_OFF_PUBLISHED" : "AUCTION_PUBLISHED", d.label()
        + (auction.isSellOff() ? "变卖公告已发布：变卖价 " : "第" + auction.round() + "次拍卖公告已发布：起拍价 ")
        + Money.yuan(auction.startingPriceFen()) + "，保证金 " + Money.yuan(auction.depositFen())
        + (auction.isSellOff() ? "，变卖期至 " : "，公告期 " + auction.noticeDays() + " 日，竞价自 "
            + DisposalSteps.text(auction.biddingStartsAt().toLocalDate()) + " 开始，至 ")
        + DisposalSteps.text(auction.biddingEndsAt().toLocalDate()));
    Map<String, Object> v = new HashMap<>();
    v.put("auctionId", auction.id());
    v.put("resultDueAt", auction.biddingEndsAt().plus(properties.resultGrace()).toString());
    v.put("auctionPlanProblem", DisposalSteps.NO_PROBLEM);
    v.put("afterFailureProblem", DisposalSteps.NO_PROBLEM);
    return JobResult.complete(v);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
