package cn.court.crossexec.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The disposal settings are bound as Spring binds them and refused when they are looser than the law. */
class DisposalPropertiesTest {

  private static final String PREFIX = "crossexec.disposal.";

  @Test
  void defaultsAreTheLawsOwnLimits() {
    DisposalProperties p = bind(Map.of());
    assertThat(p.valuationStartPeriod()).isEqualTo(Period.ofDays(30));
    assertThat(p.priceObjectionPeriod()).isEqualTo(Period.ofDays(5));
    assertThat(p.auctionStartPeriod()).isEqualTo(Period.ofDays(10));
    assertThat(p.minStartingPriceRatio()).isEqualByComparingTo("0.70");
    assertThat(p.movableNoticePeriod()).isEqualTo(Period.ofDays(15));
    assertThat(p.immovableNoticePeriod()).isEqualTo(Period.ofDays(30));
    assertThat(p.minDepositRatio()).isEqualByComparingTo("0.05");
    assertThat(p.maxDepositRatio()).isEqualByComparingTo("0.20");
    assertThat(p.biddingPeriod()).isEqualTo(Duration.ofHours(24));
    assertThat(p.reauctionPeriod()).isEqualTo(Period.ofDays(30));
    assertThat(p.maxPriceCut()).isEqualByComparingTo("0.20");
    assertThat(p.movableReauctionNoticePeriod()).isEqualTo(Period.ofDays(7));
    assertThat(p.immovableReauctionNoticePeriod()).isEqualTo(Period.ofDays(15));
    assertThat(p.sellOffPeriod()).isEqualTo(Period.ofDays(60));
    assertThat(p.resultGrace()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void stricterThanTheLawIsAllowed() {
    DisposalProperties p = bind(Map.of(
        "valuation-start-period", "P20D",
        "price-objection-period", "P10D",
        "min-starting-price-ratio", "0.80",
        "movable-notice-period", "P20D",
        "min-deposit-ratio", "0.10",
        "max-deposit-ratio", "0.10",
        "bidding-period", "48h",
        "max-price-cut", "0",
        "sell-off-period", "P2M"));
    assertThat(p.valuationStartPeriod()).isEqualTo(Period.ofDays(20));
    assertThat(p.priceObjectionPeriod()).isEqualTo(Period.ofDays(10));
    assertThat(p.minStartingPriceRatio()).isEqualByComparingTo("0.80");
    assertThat(p.movableNoticePeriod()).isEqualTo(Period.ofDays(20));
    assertThat(p.minDepositRatio()).isEqualByComparingTo(p.maxDepositRatio());
    assertThat(p.biddingPeriod()).isEqualTo(Duration.ofHours(48));
    assertThat(p.maxPriceCut()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(p.sellOffPeriod()).isEqualTo(Period.ofMonths(2));
  }

  @ParameterizedTest(name = "{0}={1} refuses ({2})")
  @CsvSource(delimiter = '|', value = {
      "valuation-start-period            | P31D  | art. 2",
      "valuation-start-period            | P1M   | in days",
      "valuation-start-period            | P0D   | positive",
      "price-objection-period            | P4D   | art. 22",
      "auction-start-period              | P0D   | positive",
      "min-starting-price-ratio          | 0.69  | art. 10",
      "min-starting-price-ratio          | 1.01  | art. 10",
      "movable-notice-period             | P14D  | art. 12",
      "immovable-notice-period           | P29D  | art. 12",
      "immovable-notice-period           | P1M   | in days",
      "min-deposit-ratio                 | 0.04  | art. 17",
      "max-deposit-ratio                 | 0.21  | art. 17",
      "bidding-period                    | 23h   | art. 20",
      "reauction-period                  | P31D  | art. 26",
      "max-price-cut                     | 0.21  | art. 26",
      "max-price-cut                     | -0.01 | art. 26",
      "movable-reauction-notice-period   | P6D   | art. 26",
      "immovable-reauction-notice-period | P14D  | art. 26",
      "sell-off-period                   | -P1D  | positive",
      "result-grace                      | PT0S  | positive",
  })
  void looserThanTheLawRefusesNamingThePropertyAndTheArticle(String property, String value, String reason) {
    assertThatThrownBy(() -> bind(Map.of(property, value)))
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PREFIX + property)
        .hasMessageContaining(reason);
  }

  @Test
  void theSmallestDepositMayNotExceedTheLargest() {
    assertThatThrownBy(() -> bind(Map.of("min-deposit-ratio", "0.15", "max-deposit-ratio", "0.10")))
        .rootCause()
        .hasMessageContaining(PREFIX + "min-deposit-ratio")
        .hasMessageContaining(PREFIX + "max-deposit-ratio")
        .hasMessageContaining("art. 17");
  }

  @Test
  void theDistributionSubSectionBelongsToAnotherClassAndIsIgnoredHere() {
    DisposalProperties p = bind(Map.of("distribution.objection-period", "P15D", "reauction-period", "P20D"));
    assertThat(p.reauctionPeriod()).isEqualTo(Period.ofDays(20));
  }

  private static DisposalProperties bind(Map<String, String> values) {
    Map<String, String> prefixed = new java.util.HashMap<>();
    values.forEach((k, v) -> prefixed.put(PREFIX + k, v));
    return new Binder(new MapConfigurationPropertySource(prefixed))
        .bindOrCreate("crossexec.disposal", DisposalProperties.class);
  }
}
