package cn.court.crossexec.workflow.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one {@link JobWorker} for one fetched external task: at most once, inside a transaction with its
 * record, then tells the engine the outcome. Counts and times every outcome per topic.
 */
@Component
public class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  static final String TASKS_METRIC = "crossexec.worker.tasks";
  static final String DURATION_METRIC = "crossexec.worker.duration";
  static final String REPORT_RETRIES_METRIC = "crossexec.worker.report.retries";
  private static final int REPORT_ATTEMPTS = 8;

  private final ProcessedJobLedger ledger;
  private final TransactionTemplate transaction;
  private final RetryPolicy retryPolicy;
  private final MeterRegistry meters;

  JobRunner(ProcessedJobLedger ledger, TransactionTemplate transaction, RetryPolicy retryPolicy, MeterRegistry meters) {
    this.ledger = ledger;
    this.transaction = transaction;
    this.retryPolicy = retryPolicy;
    this.meters = meters;
  }

  public void run(JobWorker worker, ExternalTask task, ExternalTaskService service) {
    Timer.Sample sample = Timer.start(meters);
    String outcome;
    Optional<JobResult> earlier = ledger.recorded(task.getId());
    if (earlier.isPresent()) {
      // The work was done and committed, but the engine did not hear of it: tell it again, do nothing again.
      log.info("External task {} on {} was handled before; replaying its outcome", task.getId(), worker.topic());
      report(earlier.get(), task, service);
      outcome = "replayed";
    } else {
      outcome = handle(worker, task, service);
    }
    sample.stop(Timer.builder(DURATION_METRIC).tag("topic", worker.topic()).tag("outcome", outcome).register(meters));
    Counter.builder(TASKS_METRIC).tag("topic", worker.topic()).tag("outcome", outcome).register(meters).increment();
  }

  private String handle(JobWorker worker, ExternalTask task, ExternalTaskService service) {
    Job job = toJob(task);
    JobResult result;
    try {
      result =
          transaction.execute(
              status -> {
                JobResult r;
                try {
                  r = worker.handle(job);
                } catch (BusinessOutcomeException outcome) {
                  r = outcome.toResult();
                }
                if (r == null) {
                  throw new IllegalStateException("Worker for " + worker.topic() + " returned no result");
                }
                ledger.record(job, r);
                return r;
              });
    } catch (RuntimeException failure) {
      reportFailure(worker, task, service, failure);
      return "failed";
    }
    report(result, task, service);
    return result.outcome() == JobResult.Outcome.COMPLETED ? "completed" : "bpmn-error";
  }

  private void report(JobResult result, ExternalTask task, ExternalTaskService service) {
    Map<String, Object> variables = new HashMap<>(result.variables());
    if (result.outcome() == JobResult.Outcome.COMPLETED) {
      reportRetryingLockClashes(task, () -> service.complete(task, variables));
    } else {
      reportRetryingLockClashes(task, () -> service.handleBpmnError(task, result.errorCode(), result.errorMessage(), variables));
    }
  }

  /**
   * Tells the engine, again when its transaction clashed with a concurrent one on the same process instance (e.g.
   * two of a case's parallel steps completing at once): the outcome is recorded, so sending it again is safe, and
   * waiting for the lock to expire instead would hold the case up for the whole lock duration.
   */
  private void reportRetryingLockClashes(ExternalTask task, Runnable report) {
    for (int attempt = 1; ; attempt++) {
      try {
        report.run();
        return;
      } catch (RuntimeException e) {
        if (!isLockClash(e) || attempt >= REPORT_ATTEMPTS) {
          throw e;
        }
        Counter.builder(REPORT_RETRIES_METRIC).tag("topic", String.valueOf(task.getTopicName())).register(meters).increment();
        log.debug("Reporting external task {} clashed with a concurrent change (attempt {}); trying again", task.getId(), attempt);
        try {
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  static boolean isLockClash(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.OptimisticLockingException) {
        return true; // reported through the engine's Java API (the workers in the engine's process)
      }
      if (t instanceof org.camunda.bpm.client.exception.RestException rest && "OptimisticLockingException".equals(rest.getType())) {
        return true;
      }
      if (t.getMessage() != null && t.getMessage().contains("ENGINE-03005")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private void reportFailure(JobWorker worker, ExternalTask task, ExternalTaskService service, RuntimeException failure) {
    int retriesLeft = retryPolicy.retriesLeftAfterFailure(task.getRetries());
    long backoff = retryPolicy.backoffBeforeRetry(retriesLeft).toMillis();
    if (retriesLeft == 0) {
      log.error("External task {} on {} failed for the last time; an incident is raised", task.getId(), worker.topic(), failure);
    } else {
      log.warn("External task {} on {} failed ({} retries left, next in {} ms): {}",
          task.getId(), worker.topic(), retriesLeft, backoff, failure.toString());
    }
    reportRetryingLockClashes(task, () -> service.handleFailure(task, summary(failure), stackTrace(failure), retriesLeft, backoff));
  }

  static Job toJob(ExternalTask task) {
    Map<String, Object> variables = task.getAllVariables() == null ? Map.of() : task.getAllVariables();
    return new Job(
        task.getId(),
        task.getTopicName(),
        task.getBusinessKey(),
        task.getProcessInstanceId(),
        task.getProcessDefinitionKey(),
        task.getActivityId(),
        task.getRetries(),
        variables);
  }

  private static String summary(Throwable failure) {
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return message.length() > 600 ? message.substring(0, 600) : message;
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
