package cn.court.crossexec.gateway;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The auction platform, simulated — a real part of the product for demos, training and tests. Each listing's result
 * is the same every time (see {@link SimulatedAuctionResults}), reported after the configured delay, on another
 * thread, through {@link AuctionResults#receive} exactly as the real platform's callback does. Configured outcomes per
 * asset rehearse failed rounds, defaults and sell-offs.
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.auction-platform.mode", havingValue = "simulator", matchIfMissing = true)
class SimulatedAuctionPlatform implements AuctionPlatformGateway {


  private final AuctionResults results;
  private final AuctionPlatformProperties properties;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "auction-platform-simulator");
    t.setDaemon(true);
    return t;
  });

  SimulatedAuctionPlatform(AuctionResults results, AuctionPlatformProperties properties) {
    this.results = results;
    this.properties = properties;
  }

  @Override
  public void publish(AuctionListing listing) {
    AuctionResult result = SimulatedAuctionResults.resultFor(listing,
        properties.simulatedOutcome(listing.assetKey(), listing.sequence()));
    SimulatedCallback.schedule(scheduler, () -> results.receive(result), properties.simulatorDelay().toMillis(),
        "result " + result.outcome() + " of auction " + result.auctionId());
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }
}
