package cn.court.crossexec.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The public search's token bucket: a burst of the configured size per client, then a wait; clients apart. */
class PublicSearchLimiterTest {

  @Test
  void aClientGetsItsBurstAndThenWaitsWhileAnotherClientIsServed() {
    PublicSearchLimiter limiter = new PublicSearchLimiter(3, Clock.systemUTC());
    assertThat(limiter.tryTake("10.0.0.1")).isZero();
    assertThat(limiter.tryTake("10.0.0.1")).isZero();
    assertThat(limiter.tryTake("10.0.0.1")).isZero();
    assertThat(limiter.tryTake("10.0.0.1")).isPositive().isLessThanOrEqualTo(20);
    assertThat(limiter.tryTake("10.0.0.2")).isZero();
  }

  @Test
  void anIdNumberIsMaskedAsThePublicListShowsIt() {
    assertThat(CreditService.mask("440303199001011237")).isEqualTo("4403**********1237");
    assertThat(CreditService.mask("44030319900101")).isEqualTo("4403******0101");
    assertThat(CreditService.mask("1234")).isEqualTo("****");
  }
}
