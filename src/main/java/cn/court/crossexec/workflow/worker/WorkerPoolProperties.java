package cn.court.crossexec.workflow.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job workers' pool in one process ({@code crossexec.workers.pool.*}).
 *
 * @param size handler threads, and so the most tasks this process holds locked at a time (0: four per core)
 * @param usePriority take tasks by the engine's task priority first, then oldest first; otherwise oldest first only
 * @param fetchBackoff the first wait after a fetch failed (the engine unreachable); doubled each time up to
 *     {@code fetchMaxBackoff}
 * @param stopGrace how long stopping waits for running handlers
 */
@ConfigurationProperties("crossexec.workers.pool")
public record WorkerPoolProperties(
    Integer size, Boolean usePriority, Duration fetchBackoff, Duration fetchMaxBackoff, Duration stopGrace) {

  public WorkerPoolProperties {
    if (size == null || size == 0) {
      size = 4 * Runtime.getRuntime().availableProcessors();
    }
    if (size < 1) {
      throw new IllegalArgumentException("crossexec.workers.pool.size must be at least 1 (or 0 for the default)");
    }
    usePriority = usePriority != null && usePriority;
    fetchBackoff = fetchBackoff == null ? Duration.ofMillis(500) : fetchBackoff;
    fetchMaxBackoff = fetchMaxBackoff == null ? Duration.ofSeconds(30) : fetchMaxBackoff;
    stopGrace = stopGrace == null ? Duration.ofSeconds(3) : stopGrace;
  }
}
