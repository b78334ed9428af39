package cn.court.crossexec.gateway;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a simulated external system calls back, as a real one does: after its delay, and again with a doubling delay
 * when the product refuses the callback (e.g. the request it answers is not committed yet: the publishing step's
 * transaction is still open when a short simulator delay runs out), up to {@link #TRIES} times; then it gives up
 * with an error in the log, as a real platform's callback would end up in its own dead letters.
 */
final class SimulatedCallback {

  static final int TRIES = 6;
  private static final Logger log = LoggerFactory.getLogger(SimulatedCallback.class);

  private SimulatedCallback() {}

  static void schedule(ScheduledExecutorService scheduler, Runnable callback, long delayMillis, String what) {
    schedule(scheduler, callback, Math.max(1, delayMillis), what, 1);
  }

  private static void schedule(ScheduledExecutorService scheduler, Runnable callback, long delayMillis, String what,
      int attempt) {
    scheduler.schedule(() -> {
      try {
        callback.run();
      } catch (RuntimeException e) {
        if (attempt >= TRIES || scheduler.isShutdown()) {
          log.error("Simulated {} could not be recorded after {} tries", what, attempt, e);
          return;
        }
        log.info("Simulated {} refused ({}); calling back again in {} ms", what, e.getMessage(), delayMillis * 2);
        schedule(scheduler, callback, Math.max(100, delayMillis * 2), what, attempt + 1);
      }
    }, delayMillis, TimeUnit.MILLISECONDS);
  }
}
