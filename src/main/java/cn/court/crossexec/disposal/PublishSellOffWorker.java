package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.gateway.AuctionPlatformGateway;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.publish-sell-off: after the second failed auction the asset is offered for sale on the platform at the
 * second round's starting price for the sell-off period. One sell-off only: when it has failed, the court chooses a
 * transfer in lieu or the release (BPMN error AFTER_FAILURE_INVALID).
 */
@Component
class PublishSellOffWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final AuctionRules rules;
  private final DisposalProperties properties;
  private final AuctionPlatformGateway platform;

  PublishSellOffWorker(Disposals disposals, DisposalSteps steps, AuctionRules rules, DisposalProperties properties,
      AuctionPlatformGateway platform) {
    this.disposals = disposals;
    this.steps = steps;
    this.rules = rules;
    this.properties = properties;
    this.platform = platform;
  }

  @Override
  public String topic() {
    return "disposal.publish-sell-off";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    if (disposals.auctionsOf(d.id()).stream().anyMatch(Auction::isSellOff)) {
      String text = "该财产已变卖未成交，不能再次变卖：请选择以物抵债或解除查封";
      return JobResult.bpmnError("AFTER_FAILURE_INVALID", text, Map.of("afterFailureProblem", text));
    }
    Auction failed = disposals.lastFailedRound(d.id())
        .orElseThrow(() -> new IllegalStateException("No failed auction round before the sell-off of " + d.id()));
    int sequence = disposals.listings(d.id()) + 1;
    OffsetDateTime now = steps.now();
    Auction sellOff = new Auction(Disposals.auctionId(d.id(), sequence), d.id(), failed.round() + 1, "SELL_OFF",
        failed.startingPriceFen(), rules.depositFen(failed.startingPriceFen(), properties.minDepositRatio().movePointRight(2)),
        0, now, now, OffsetDateTime.parse(steps.endOfPeriodFromToday(properties.sellOffPeriod())), null, "PUBLISHED", null,
        null, null, null, SystemActor.ID);
    return PublishAuctionWorker.publish(d, sellOff, sequence, steps, disposals, platform, properties);
  }
}
