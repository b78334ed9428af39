package cn.court.crossexec.workflow.message;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How process messages are delivered ({@code crossexec.workflow.messages.*}): the engine polls for due messages every
 * {@code pollInterval}; a message nobody waits for yet (or whose delivery failed) is offered again after
 * {@code firstRetry}, each later try {@code backoffFactor} times later, never more than {@code maxRetry} apart;
 * after {@code holdFor} without delivery it is marked undeliverable, which managers see.
 */
@ConfigurationProperties("crossexec.workflow.messages")
public record ProcessMessageProperties(
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("1s") Duration firstRetry,
    @DefaultValue("2.0") double backoffFactor,
    @DefaultValue("1m") Duration maxRetry,
    @DefaultValue("24h") Duration holdFor,
    @DefaultValue("3") int conflictAttempts) {

  public ProcessMessageProperties {
    if (backoffFactor < 1.0) {
      throw new IllegalArgumentException("crossexec.workflow.messages.backoff-factor must be at least 1");
    }
    if (conflictAttempts < 1) {
      throw new IllegalArgumentException("crossexec.workflow.messages.conflict-attempts must be at least 1");
    }
  }

  /** The delay before the next try after {@code attemptsSoFar} tries that did not deliver (1 → firstRetry). */
  public Duration delayAfter(int attemptsSoFar) {
    double millis = firstRetry.toMillis() * Math.pow(backoffFactor, Math.max(attemptsSoFar - 1, 0));
    return Duration.ofMillis((long) Math.min(millis, maxRetry.toMillis()));
  }
}
