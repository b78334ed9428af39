package cn.court.crossexec.credit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public search (no login): {@code crossexec.credit.public-search.per-minute}
 * requests a minute, refilled continuously, a burst of the same size. Buckets of clients idle for ten minutes are
 * dropped so the map cannot grow without bound.
 */
@Component
class PublicSearchLimiter {

  private record Bucket(double tokens, long atMillis) {}

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int perMinute;
  private final Clock clock;

  PublicSearchLimiter(@Value("${crossexec.credit.public-search.per-minute:30}") int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one token for the client; @return 0 when allowed, otherwise the seconds until a token is there */
  long tryTake(String client) {
    long now = System.currentTimeMillis();
    long[] wait = {0};
    buckets.compute(client, (k, b) -> {
      double tokens = b == null ? perMinute : Math.min(perMinute, b.tokens() + (now - b.atMillis()) * perMinute / 60_000.0);
      if (tokens >= 1) {
        return new Bucket(tokens - 1, now);
      }
      wait[0] = (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
      return new Bucket(tokens, now);
    });
    if (buckets.size() > 10_000) {
      buckets.entrySet().removeIf(e -> now - e.getValue().atMillis() > 600_000);
    }
    return wait[0];
  }

  int perMinute() {
    return perMinute;
  }
}
