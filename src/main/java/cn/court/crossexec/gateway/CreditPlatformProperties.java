package cn.court.crossexec.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code simulator} (default) or {@code http}
 * @param url the credit platform's base URL (http mode)
 * @param simulatorFailingIdNumbers debtors whose every push the simulator refuses (to show a failed push in a demo)
 */
@ConfigurationProperties("crossexec.gateway.credit-platform")
public record CreditPlatformProperties(String mode, String url, List<String> simulatorFailingIdNumbers) {

  public CreditPlatformProperties {
    mode = mode == null ? "simulator" : mode;
    simulatorFailingIdNumbers = simulatorFailingIdNumbers == null ? List.of() : List.copyOf(simulatorFailingIdNumbers);
  }
}
