package cn.court.crossexec.gateway;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code simulator} (default) or {@code http}
 * @param url the inquiry system's base URL (http mode)
 * @param callbackUrl where the inquiry system posts answers (http mode), this application's
 *     {@code /api/gateway/asset-inquiry/answers}
 * @param simulatorDelay how long the simulator takes before each source answers
 * @param simulatorFailingSources sources the simulator answers with FAILED (to rehearse retries)
 * @param simulatorSilentSources sources the simulator never answers (to rehearse time-outs)
 */
@ConfigurationProperties("crossexec.gateway.asset-inquiry")
public record AssetInquiryProperties(
    String mode,
    String url,
    String callbackUrl,
    Duration simulatorDelay,
    Set<AssetSource> simulatorFailingSources,
    Set<AssetSource> simulatorSilentSources) {

  public AssetInquiryProperties {
    mode = mode == null ? "simulator" : mode;
    simulatorDelay = simulatorDelay == null ? Duration.ofSeconds(2) : simulatorDelay;
    simulatorFailingSources = simulatorFailingSources == null ? Set.of() : simulatorFailingSources;
    simulatorSilentSources = simulatorSilentSources == null ? Set.of() : simulatorSilentSources;
  }
}
