package cn.court.crossexec.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code simulator} (default) or {@code http}
 * @param url the auction platform's base URL (http mode)
 * @param callbackUrl where the platform posts results (http mode), this application's
 *     {@code /api/gateway/auction-platform/results}
 * @param simulatorDelay how long the simulator takes before it reports a listing's result
 * @param simulatorOutcomes by asset key, the outcomes of the asset's successive listings (the i-th applies to the
 *     listing with sequence i; the last repeats beyond the list); an asset without an entry always sells
 */
@ConfigurationProperties("crossexec.gateway.auction-platform")
public record AuctionPlatformProperties(
    String mode,
    String url,
    String callbackUrl,
    Duration simulatorDelay,
    Map<String, List<AuctionResult.Outcome>> simulatorOutcomes) {

  public AuctionPlatformProperties {
    mode = mode == null ? "simulator" : mode;
    simulatorDelay = simulatorDelay == null ? Duration.ofSeconds(2) : simulatorDelay;
    simulatorOutcomes = simulatorOutcomes == null ? Map.of() : Map.copyOf(simulatorOutcomes);
  }

  /** The outcome the simulator gives the listing with this sequence number (1 = the asset's first listing). */
  AuctionResult.Outcome simulatedOutcome(String assetKey, int sequence) {
    List<AuctionResult.Outcome> outcomes = assetKey == null ? null : simulatorOutcomes.get(assetKey);
    if (outcomes == null || outcomes.isEmpty()) {
      return AuctionResult.Outcome.SOLD;
    }
    return outcomes.get(Math.min(Math.max(sequence, 1), outcomes.size()) - 1);
  }
}
