package cn.court.crossexec.disposal.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** The distribution's periods: 15 days by default, and never shorter than the law's 15 days for the parties' rights. */
class DistributionPropertiesTest {

  @Test
  void defaultsAreTheLawsFifteenDays() {
    DistributionProperties defaults = new DistributionProperties(null, null, null, null);
    assertThat(defaults.claimWindow()).isEqualTo(Period.ofDays(15));
    assertThat(defaults.objectionPeriod()).isEqualTo(Period.ofDays(15));
    assertThat(defaults.counterObjectionPeriod()).isEqualTo(Period.ofDays(15));
    assertThat(defaults.lawsuitPeriod()).isEqualTo(Period.ofDays(15));
  }

  @Test
  void periodsShorterThanFifteenDaysRefuseToStart() {
    assertThatThrownBy(() -> new DistributionProperties(null, Period.ofDays(14), null, null))
        .hasMessageContaining("objection-period");
    assertThatThrownBy(() -> new DistributionProperties(null, null, Period.ofDays(10), null))
        .hasMessageContaining("counter-objection-period");
    assertThatThrownBy(() -> new DistributionProperties(null, null, null, Period.ofWeeks(2)))
        .hasMessageContaining("lawsuit-period");
  }

  @Test
  void longerPeriodsAndAShorterClaimWindowAreAccepted() {
    DistributionProperties set = new DistributionProperties(Period.ofDays(7), Period.ofMonths(1), Period.ofDays(15),
        Period.ofDays(20));
    assertThat(set.claimWindow()).isEqualTo(Period.ofDays(7));
    assertThat(set.objectionPeriod()).isEqualTo(Period.ofMonths(1));
    assertThatThrownBy(() -> new DistributionProperties(Period.ZERO, null, null, null)).hasMessageContaining("claim-window");
  }
}
