package cn.court.crossexec.gateway;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(SimulatedAuctionPlatform.class);

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
    scheduler.schedule(() -> deliver(result), properties.simulatorDelay().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliver(AuctionResult result) {
    try {
      results.receive(result);
    } catch (RuntimeException e) {
      log.error("Simulated result {} of auction {} could not be recorded", result.outcome(), result.auctionId(), e);
    }
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }
}
