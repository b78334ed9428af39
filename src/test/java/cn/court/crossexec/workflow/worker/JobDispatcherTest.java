package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool and its fetch loop against a fake engine: how many tasks are locked at once, in which order they start,
 * what happens when a handler fails, runs past its lock or the engine is away, and when the process stops. Nothing
 * here waits for time to pass: every wait is for an event (a latch), bounded only as a safety net.
 */
class JobDispatcherTest {

  private static final TaskSource.Subscription TOPIC = new TaskSource.Subscription("test.step", 60_000, List.of("x"));
  private final FakeEngine engine = new FakeEngine();
  private JobDispatcher dispatcher;

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.stop(Duration.ofSeconds(5));
    }
  }

  @Test
  void neverLocksMoreTasksThanThePoolCanStartAndRunsThemConcurrently() throws Exception {
    engine.add(10);
    CountDownLatch threeRunning = new CountDownLatch(3);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    start(3, (task, service) -> {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      threeRunning.countDown();
      await(release);
      running.decrementAndGet();
      service.complete(task);
    });

    await(threeRunning);
    // three handlers block: every thread is busy, so the fetch loop waits for a free one and locks nothing more
    assertThat(engine.locked()).isEqualTo(3);
    assertThat(engine.fetchSizes()).containsExactly(3);
    release.countDown();

    engine.awaitCompleted(10);
    assertThat(engine.completions()).hasSize(10).doesNotHaveDuplicates();
    assertThat(mostAtOnce.get()).isEqualTo(3);
    assertThat(engine.mostLockedAtOnce()).isLessThanOrEqualTo(3);
    assertThat(engine.fetchSizes()).allMatch(n -> n >= 1 && n <= 3);
  }

  @Test
  void tasksStartInTheOrderTheEngineGivesThemOldestFirst() throws Exception {
    engine.add(6);
    List<String> started = new CopyOnWriteArrayList<>();
    start(1, (task, service) -> {
      started.add(task.getId());
      service.complete(task);
    });

    engine.awaitCompleted(6);
    assertThat(started).containsExactly("task-1", "task-2", "task-3", "task-4", "task-5", "task-6");
    assertThat(engine.fetchSizes()).containsOnly(1);
  }

  @Test
  void aFailingHandlerFreesItsThreadAndTheOthersCompleteOnce() throws Exception {
    engine.add(8);
    start(2, (task, service) -> {
      if (task.getId().equals("task-2") || task.getId().equals("task-5")) {
        throw new IllegalStateException("broken outside the runner");
      }
      service.complete(task);
    });

    engine.awaitCompleted(6);
    engine.awaitFetchWaiting();
    assertThat(engine.completions()).containsExactlyInAnyOrder("task-1", "task-3", "task-4", "task-6", "task-7", "task-8");
    // a handler's thread is counted free once its handler has returned, a moment after its completion was sent
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> dispatcher.busy() == 0);
  }

  @Test
  void aHandlerRunningPastHalfItsLockHasTheLockExtendedAndCompletesOnce() throws Exception {
    TaskSource.Subscription shortLock = new TaskSource.Subscription("test.long", 40, null);
    engine.add(1, "test.long");
    CountDownLatch extendedTwice = new CountDownLatch(2);
    doAnswer(call -> {
      extendedTwice.countDown();
      return null;
    }).when(engine.service).extendLock(any(ExternalTask.class), anyLong());
    dispatcher = new JobDispatcher(engine, Map.of(shortLock, (ExternalTaskHandler) (task, service) -> {
      await(extendedTwice); // goes on only once its lock has been extended twice
      service.complete(task);
    }), 2, Duration.ofMillis(1), Duration.ofMillis(1));
    dispatcher.start();

    engine.awaitCompleted(1);
    assertThat(extendedTwice.getCount()).isZero();
    assertThat(engine.completions()).containsExactly("task-1");
  }

  @Test
  void aRefusedLockExtensionDoesNotStopTheHandler() throws Exception {
    TaskSource.Subscription shortLock = new TaskSource.Subscription("test.long", 20, null);
    engine.add(1, "test.long");
    CountDownLatch refused = new CountDownLatch(1);
    doAnswer(call -> {
      refused.countDown();
      throw new IllegalStateException("lock lost");
    }).when(engine.service).extendLock(any(ExternalTask.class), anyLong());
    dispatcher = new JobDispatcher(engine, Map.of(shortLock, (ExternalTaskHandler) (task, service) -> {
      await(refused);
      service.complete(task);
    }), 1, Duration.ofMillis(1), Duration.ofMillis(1));
    dispatcher.start();

    engine.awaitCompleted(1);
    assertThat(engine.completions()).containsExactly("task-1");
  }

  @Test
  void anUnreachableEngineIsAskedAgainAfterAGrowingPauseNotInASpin() throws Exception {
    engine.failNextFetches(6);
    engine.add(1);
    List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    dispatcher = new JobDispatcher(engine, Map.of(TOPIC, (ExternalTaskHandler) (task, service) -> service.complete(task)),
        2, Duration.ofMillis(500), Duration.ofSeconds(4), pauses::add);
    dispatcher.start();

    engine.awaitCompleted(1);
    assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4));
  }

  @Test
  void tasksFetchedWhileStoppingAreUnlockedNotLeftLocked() throws Exception {
    engine.deliverOnInterrupt("task-late");
    start(2, (task, service) -> service.complete(task));
    engine.awaitFetchWaiting();

    dispatcher.stop(Duration.ofSeconds(5));

    assertThat(engine.unlocked.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(engine.completions()).isEmpty();
    assertThat(dispatcher.isRunning()).isFalse();
  }

  @Test
  void thePoolNeedsAThread() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new JobDispatcher(engine, Map.of(), 0, Duration.ofMillis(1), Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void start(int threads, ExternalTaskHandler handler) {
    Map<TaskSource.Subscription, ExternalTaskHandler> subscriptions = new LinkedHashMap<>();
    subscriptions.put(TOPIC, handler);
    dispatcher = new JobDispatcher(engine, subscriptions, threads, Duration.ofMillis(1), Duration.ofMillis(1));
    dispatcher.start();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("event did not happen");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * An engine with a queue of tasks, oldest first. A fetch takes at most {@code maxTasks} and waits, like a long
   * poll, while there are none. Records how many tasks are locked and not yet completed.
   */
  private static final class FakeEngine implements TaskSource {
    final ExternalTaskService service = mock(ExternalTaskService.class);
    final CountDownLatch unlocked = new CountDownLatch(1);
    private final Deque<ExternalTask> queue = new ArrayDeque<>();
    private final List<Integer> fetchSizes = new CopyOnWriteArrayList<>();
    private final List<String> completions = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> locked = new ConcurrentHashMap<>();
    private final AtomicInteger mostLocked = new AtomicInteger();
    private int failures;
    private String onInterrupt;
    private boolean waiting;
    private int sequence;

    FakeEngine() {
      doAnswer(call -> {
        ExternalTask task = call.getArgument(0);
        synchronized (this) {
          if (locked.remove(task.getId()) == null) {
            throw new IllegalStateException("task " + task.getId() + " is not locked");
          }
          completions.add(task.getId());
          notifyAll();
        }
        return null;
      }).when(service).complete(any(ExternalTask.class));
      doAnswer(call -> {
        ExternalTask task = call.getArgument(0);
        locked.remove(task.getId());
        unlocked.countDown();
        return null;
      }).when(service).unlock(any(ExternalTask.class));
    }

    synchronized void add(int count) {
      add(count, TOPIC.topic());
    }

    synchronized void add(int count, String topic) {
      for (int i = 0; i < count; i++) {
        queue.add(task("task-" + ++sequence, topic));
      }
      notifyAll();
    }

    synchronized void failNextFetches(int count) {
      failures = count;
    }

    synchronized void deliverOnInterrupt(String id) {
      onInterrupt = id;
    }

    @Override
    public synchronized List<ExternalTask> fetchAndLock(List<Subscription> subscriptions, int maxTasks) {
      fetchSizes.add(maxTasks);
      if (failures > 0) {
        failures--;
        throw new IllegalStateException("connection refused");
      }
      while (queue.isEmpty()) {
        waiting = true;
        notifyAll();
        try {
          wait();
        } catch (InterruptedException e) {
          waiting = false;
          if (onInterrupt != null) {
            ExternalTask late = task(onInterrupt, TOPIC.topic());
            locked.put(late.getId(), true);
            return List.of(late);
          }
          Thread.currentThread().interrupt();
          return List.of();
        }
      }
      waiting = false;
      List<ExternalTask> fetched = new ArrayList<>();
      while (!queue.isEmpty() && fetched.size() < maxTasks) {
        ExternalTask task = queue.poll();
        locked.put(task.getId(), true);
        fetched.add(task);
      }
      mostLocked.accumulateAndGet(locked.size(), Math::max);
      return fetched;
    }

    @Override
    public ExternalTaskService service() {
      return service;
    }

    int locked() {
      return locked.size();
    }

    int mostLockedAtOnce() {
      return mostLocked.get();
    }

    List<Integer> fetchSizes() {
      return fetchSizes;
    }

    List<String> completions() {
      return completions;
    }

    synchronized void awaitCompleted(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (completions.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("only " + completions + " completed");
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    /** Until the fetch loop waits in a long poll with nothing to do. */
    synchronized void awaitFetchWaiting() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!waiting) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the fetch loop never waited");
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    private static ExternalTask task(String id, String topic) {
      ExternalTask task = mock(ExternalTask.class);
      when(task.getId()).thenReturn(id);
      when(task.getTopicName()).thenReturn(topic);
      return task;
    }
  }
}
