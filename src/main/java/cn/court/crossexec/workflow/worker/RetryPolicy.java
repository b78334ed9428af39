package cn.court.crossexec.workflow.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How technical failures of workers are retried: {@code retries} tries in all, the first retry after
 * {@code initialBackoff}, each later one {@code backoffFactor} times longer, never longer than {@code maxBackoff}.
 */
@ConfigurationProperties("crossexec.workers")
public record RetryPolicy(int retries, Duration initialBackoff, double backoffFactor, Duration maxBackoff) {

  public RetryPolicy {
    if (retries < 1) {
      throw new IllegalArgumentException("crossexec.workers.retries must be at least 1");
    }
    if (backoffFactor < 1.0) {
      throw new IllegalArgumentException("crossexec.workers.backoff-factor must be at least 1");
    }
  }

  /**
   * The retries left after this failure. A task the engine has never seen fail has {@code null} retries: this
   * failure is then the first of {@link #retries}.
   */
  public int retriesLeftAfterFailure(Integer currentRetries) {
    int left = (currentRetries == null ? retries : currentRetries) - 1;
    return Math.max(left, 0);
  }

  /** The delay before the next try, growing exponentially with the number of failures so far. */
  public Duration backoffBeforeRetry(int retriesLeft) {
    int failuresSoFar = retries - retriesLeft;
    double millis = initialBackoff.toMillis() * Math.pow(backoffFactor, Math.max(failuresSoFar - 1, 0));
    return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
  }
}
