package cn.court.crossexec.workflow.worker;

import java.time.Duration;
import java.util.List;

/**
 * One automated step of a model: a Spring bean per external-task topic. The runner fetches the task, calls
 * {@link #handle} inside one database transaction together with the record of what was done, and then
 * completes the task, raises the BPMN error, or reports a technical failure for retry.
 *
 * <ul>
 *   <li>Return {@link JobResult#complete} to finish the step (with the variables the model routes on).
 *   <li>Return {@link JobResult#bpmnError} (or throw {@link BusinessOutcomeException}) for a business outcome the
 *       model routes on: a documented error code, never an exception that means "broken".
 *   <li>Throw anything else for a technical failure: the runner retries with exponential back-off and, when
 *       the retries run out, the engine raises an incident that Cockpit shows.
 * </ul>
 *
 * A task is handled at most once: if the same external task comes back (a lost completion, an expired lock),
 * the recorded outcome is sent again and {@code handle} is not called a second time.
 */
public interface JobWorker {

  /** The external-task topic, {@code <capability>.<verb-noun>}, e.g. {@code intake.check-completeness}. */
  String topic();

  JobResult handle(Job job);

  /** The process variables the worker reads; {@code null} fetches all of them. */
  default List<String> variables() {
    return null;
  }

  /** How long a fetched task stays locked to this worker. */
  default Duration lockDuration() {
    return Duration.ofMinutes(1);
  }
}
