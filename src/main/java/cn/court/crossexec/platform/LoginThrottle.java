package cn.court.crossexec.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock an officer out. The engine's own lock-out (10 wrong passwords
 * lock a user until an administrator acts; each wrong one refuses even the right password for seconds) is switched
 * off in application.yaml, because anyone who knows the naming scheme (officer-GD03) could lock a court out.
 *
 * <p>Instead, failures are counted per source address and account: after {@code freeFailures} wrong passwords the pair
 * must wait before its next try (15 s, doubling, at most {@code maxDelay}); a right password resets the pair. The
 * officer, at another address, is never held up by an attacker's guesses. One address failing across many accounts
 * (password spraying) is held back as a whole after {@code addressFailures} failures within {@code window}. All of it is
 * temporary and in memory: a restart forgets it.
 */
final class LoginThrottle {

  private final Clock clock;
  private final int freeFailures;
  private final Duration maxDelay;
  private final int addressFailures;
  private final Duration window;
  private final Map<String, Failures> byPair = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock, int freeFailures, Duration maxDelay, int addressFailures, Duration window) {
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.addressFailures = addressFailures;
    this.window = window;
  }

  static LoginThrottle standard(Clock clock) {
    return new LoginThrottle(clock, 5, Duration.ofMinutes(5), 100, Duration.ofMinutes(15));
  }

  /** How long the address must wait before it may try this account again; empty when it may try now. */
  Optional<Duration> waitBefore(String address, String account) {
    Instant now = clock.instant();
    Optional<Duration> pairWait = waitOf(byPair.get(pair(address, account)), now);
    Optional<Duration> addressWait = waitOf(byAddress.get(address), now);
    if (pairWait.isEmpty()) {
      return addressWait;
    }
    if (addressWait.isEmpty()) {
      return pairWait;
    }
    return Optional.of(pairWait.get().compareTo(addressWait.get()) >= 0 ? pairWait.get() : addressWait.get());
  }

  void failed(String address, String account) {
    Instant now = clock.instant();
    prune(now);
    byPair.compute(pair(address, account), (k, f) -> next(f, now, freeFailures));
    byAddress.compute(address, (k, f) -> next(f, now, addressFailures));
  }

  void succeeded(String address, String account) {
    byPair.remove(pair(address, account));
  }

  private Failures next(Failures earlier, Instant now, int free) {
    Failures f = earlier == null || now.isAfter(earlier.last.plus(window)) ? new Failures(0, now, now) : earlier;
    int count = f.count + 1;
    Instant blockedUntil = now;
    if (count >= free) {
      long seconds = 15L << Math.min(20, count - free); // 15 s, 30 s, 60 s, ...
      blockedUntil = now.plus(Duration.ofSeconds(Math.min(seconds, maxDelay.toSeconds())));
    }
    return new Failures(count, now, blockedUntil);
  }

  private Optional<Duration> waitOf(Failures f, Instant now) {
    if (f == null || !f.blockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, f.blockedUntil);
    return Optional.of(wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /** Keeps memory bounded under a flood of made-up names: entries quiet for a whole window are dropped. */
  private void prune(Instant now) {
    if (byPair.size() + byAddress.size() < 10_000) {
      return;
    }
    byPair.values().removeIf(f -> now.isAfter(f.last.plus(window)) && !f.blockedUntil.isAfter(now));
    byAddress.values().removeIf(f -> now.isAfter(f.last.plus(window)) && !f.blockedUntil.isAfter(now));
  }

  private static String pair(String address, String account) {
    return address + '\u0000' + account;
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}
}
