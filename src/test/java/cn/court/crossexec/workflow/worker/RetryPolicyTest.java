package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(50));

  @ParameterizedTest(name = "retries {0} before this failure -> {1} left")
  @CsvSource(nullValues = "null", value = {"null,3", "3,2", "2,1", "1,0", "0,0"})
  void eachFailureUsesUpOneRetry(Integer before, int left) {
    assertThat(policy.retriesLeftAfterFailure(before)).isEqualTo(left);
  }

  @ParameterizedTest(name = "{0} retries left -> wait {1} s")
  @CsvSource({"3,10", "2,20", "1,40", "0,50"})
  void backOffGrowsExponentiallyUpToTheCap(int retriesLeft, long seconds) {
    assertThat(policy.backoffBeforeRetry(retriesLeft)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void refusesAPolicyThatCannotRetry() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5)))
        .hasMessageContaining("retries");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5)))
        .hasMessageContaining("backoff-factor");
  }
}
