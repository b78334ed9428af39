package cn.court.crossexec.workflow.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches external tasks and runs their handlers on a bounded pool.
 *
 * <ul>
 *   <li>One fetch thread asks the engine for exactly as many tasks as the pool has free threads, so every task this
 *       process locks starts at once: none waits, locked, behind another.
 *   <li>The fetch waits (long polling) when there is no work and, when the engine cannot be reached, backs off
 *       exponentially (from {@code initialBackoff} to {@code maxBackoff}) instead of spinning.
 *   <li>A handler that runs past half its lock has the lock extended by the lock duration, again and again until it
 *       ends; if the extension is refused (the lock was lost), the handler goes on and the runner's record makes sure
 *       the work counts once.
 *   <li>Stopping ends the fetch loop, unlocks any task fetched but not started and lets running handlers finish.
 * </ul>
 */
final class JobDispatcher {

  private static final Logger log = LoggerFactory.getLogger(JobDispatcher.class);

  private final TaskSource source;
  private final List<TaskSource.Subscription> subscriptions;
  private final Map<String, ExternalTaskHandler> handlers;
  private final int poolSize;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Semaphore free;
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService lockKeeper;
  private final Map<String, Long> lockDurations = new ConcurrentHashMap<>();
  private final AtomicInteger busy = new AtomicInteger();
  private final ReentrantLock pause = new ReentrantLock();
  private final Condition stopping = pause.newCondition();
  private volatile boolean running;
  private Thread fetcher;
  /** How the fetch loop waits after a failed fetch (tests record the waits instead). */
  private final java.util.function.Consumer<Duration> pauser;

  JobDispatcher(TaskSource source, Map<TaskSource.Subscription, ExternalTaskHandler> subscriptions, int poolSize,
      Duration initialBackoff, Duration maxBackoff) {
    this(source, subscriptions, poolSize, initialBackoff, maxBackoff, null);
  }

  JobDispatcher(TaskSource source, Map<TaskSource.Subscription, ExternalTaskHandler> subscriptions, int poolSize,
      Duration initialBackoff, Duration maxBackoff, java.util.function.Consumer<Duration> pauser) {
    this.pauser = pauser == null ? this::waitFor : pauser;
    if (poolSize < 1) {
      throw new IllegalArgumentException("The worker pool needs at least one thread, not " + poolSize);
    }
    this.source = source;
    this.subscriptions = List.copyOf(subscriptions.keySet());
    this.handlers = new ConcurrentHashMap<>();
    subscriptions.forEach((s, h) -> {
      handlers.put(s.topic(), h);
      lockDurations.put(s.topic(), s.lockDurationMillis());
    });
    this.poolSize = poolSize;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.free = new Semaphore(poolSize);
    this.pool = new ThreadPoolExecutor(poolSize, poolSize, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        threads("job-worker-"));
    ScheduledThreadPoolExecutor keeper = new ScheduledThreadPoolExecutor(1, threads("job-lock-keeper-"));
    keeper.setRemoveOnCancelPolicy(true);
    this.lockKeeper = keeper;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    fetcher = threads("job-fetch-").newThread(this::fetchLoop);
    fetcher.start();
  }

  /** Ends fetching and waits up to {@code grace} for the running handlers. */
  void stop(Duration grace) {
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
    }
    pause.lock();
    try {
      stopping.signalAll();
    } finally {
      pause.unlock();
    }
    source.stopWaiting(fetcher);
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} job handler(s) still running after {}; their tasks' locks will expire", busy.get(), grace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lockKeeper.shutdownNow();
  }

  boolean isRunning() {
    return running;
  }

  int poolSize() {
    return poolSize;
  }

  /** Handlers running now. */
  int busy() {
    return busy.get();
  }

  private void fetchLoop() {
    Duration backoff = initialBackoff;
    while (running) {
      int slots;
      try {
        free.acquire(); // wait for at least one free handler thread
      } catch (InterruptedException e) {
        break;
      }
      slots = 1 + free.drainPermits();
      List<ExternalTask> fetched;
      try {
        fetched = source.fetchAndLock(subscriptions, slots);
        backoff = initialBackoff;
      } catch (RuntimeException failure) {
        free.release(slots);
        if (!running) {
          break;
        }
        log.warn("Fetching external tasks failed ({}); trying again in {} ms", failure.toString(), backoff.toMillis());
        pauser.accept(backoff);
        backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        continue;
      }
      if (fetched.size() > slots) {
        log.error("The engine returned {} tasks for {} free threads; the extra ones are unlocked", fetched.size(), slots);
      }
      int started = 0;
      List<ExternalTask> unstarted = new ArrayList<>();
      for (ExternalTask task : fetched) {
        ExternalTaskHandler handler = handlers.get(task.getTopicName());
        if (!running || started == slots || handler == null) {
          unstarted.add(task);
          continue;
        }
        started++;
        dispatch(task, handler);
      }
      free.release(slots - started);
      for (ExternalTask task : unstarted) {
        unlock(task);
      }
    }
    log.debug("Job fetch loop ended");
  }

  private void dispatch(ExternalTask task, ExternalTaskHandler handler) {
    ExternalTaskService service = source.service();
    long lock = lockDurations.getOrDefault(task.getTopicName(), 60_000L);
    busy.incrementAndGet();
    try {
      pool.execute(() -> {
        ScheduledFuture<?> keeper = keepLocked(task, service, lock);
        try {
          handler.execute(task, service);
        } catch (Throwable failure) {
          log.error("Handler for external task {} on {} failed outside the runner", task.getId(), task.getTopicName(),
              failure);
        } finally {
          if (keeper != null) {
            keeper.cancel(false);
          }
          busy.decrementAndGet();
          free.release();
        }
      });
    } catch (RuntimeException rejected) { // the pool is shutting down
      busy.decrementAndGet();
      free.release();
      unlock(task);
    }
  }

  /** Extends the lock at half its duration, each time by the lock duration, while the handler runs. */
  private ScheduledFuture<?> keepLocked(ExternalTask task, ExternalTaskService service, long lockMillis) {
    long every = Math.max(1, lockMillis / 2);
    try {
      return lockKeeper.scheduleAtFixedRate(() -> {
        try {
          service.extendLock(task, lockMillis);
          log.debug("Lock of external task {} on {} extended by {} ms", task.getId(), task.getTopicName(), lockMillis);
        } catch (RuntimeException refused) {
          log.warn("Lock of external task {} on {} could not be extended ({}); another worker may take it, the "
              + "processed-job record keeps the work from counting twice", task.getId(), task.getTopicName(),
              refused.toString());
          throw refused; // ends the repetition
        }
      }, every, every, TimeUnit.MILLISECONDS);
    } catch (RuntimeException shutDown) {
      return null;
    }
  }

  private void unlock(ExternalTask task) {
    try {
      source.service().unlock(task);
    } catch (RuntimeException e) {
      log.warn("External task {} could not be unlocked ({}); its lock expires", task.getId(), e.toString());
    }
  }

  private void waitFor(Duration delay) {
    pause.lock();
    try {
      if (running) {
        stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pause.unlock();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
