package cn.court.crossexec.workflow.worker;

import java.util.List;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * Where the {@link JobDispatcher} takes its external tasks from and reports to: the engine's REST API
 * ({@link EngineTaskSource}) in production, a fake in tests.
 */
interface TaskSource {

  /**
   * Fetches and locks at most {@code maxTasks} tasks of the given topics, oldest first; waits (long polling) up to
   * the configured time when there are none. Throws when the engine cannot be reached.
   */
  List<ExternalTask> fetchAndLock(List<Subscription> subscriptions, int maxTasks);

  /** Ends the fetching thread's wait for new tasks (the workers are stopping). */
  default void stopWaiting(Thread fetcher) {
    fetcher.interrupt();
  }

  /** Completion, BPMN error, failure, lock extension and unlock for the fetched tasks. */
  ExternalTaskService service();

  /** One topic a process takes tasks of: how long a fetched task stays locked, which variables come with it. */
  record Subscription(String topic, long lockDurationMillis, List<String> variables) {}
}
