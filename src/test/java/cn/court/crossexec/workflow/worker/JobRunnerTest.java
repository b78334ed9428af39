package cn.court.crossexec.workflow.worker;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.transaction.support.TransactionTemplate;

/** How the runner reports technical failures: one retry fewer each time, with a growing back-off. */
class JobRunnerTest {

  private final ProcessedJobLedger ledger = mock(ProcessedJobLedger.class);
  private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(10));
  private final JobRunner runner = new JobRunner(ledger, new NoTransaction(), policy, new SimpleMeterRegistry());
  private final ExternalTaskService service = mock(ExternalTaskService.class);

  private final JobWorker failing =
      new JobWorker() {
        @Override
        public String topic() {
          return "test.failing";
        }

        @Override
        public JobResult handle(Job job) {
          throw new IllegalStateException("downstream unavailable");
        }
      };

  @ParameterizedTest(name = "retries {0} -> report {1} left, retry in {2} ms")
  @CsvSource(nullValues = "null", value = {"null,2,200", "2,1,400", "1,0,800"})
  void failureReportsFewerRetriesAndLongerBackOff(Integer retriesBefore, int retriesLeft, long backoffMillis) {
    ExternalTask task = task(retriesBefore);
    when(ledger.recorded(task.getId())).thenReturn(Optional.empty());

    runner.run(failing, task, service);

    verify(service).handleFailure(eq(task), eq("downstream unavailable"), anyString(), eq(retriesLeft), eq(backoffMillis));
  }

  @Test
  void recordedOutcomeIsReplayedWithoutCallingTheWorker() {
    ExternalTask task = task(null);
    when(ledger.recorded(task.getId())).thenReturn(Optional.of(JobResult.complete(Map.of("answer", 42))));

    runner.run(failing, task, service); // would throw if it ran

    verify(service).complete(eq(task), eq(Map.of("answer", 42)));
  }

  @Test
  void aCompletionThatClashesWithAConcurrentStepIsSentAgainAndTheWorkDoneOnce() {
    ExternalTask task = task(null);
    when(ledger.recorded(task.getId())).thenReturn(Optional.empty());
    java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
    JobWorker counting = new JobWorker() {
      @Override
      public String topic() {
        return "test.failing";
      }

      @Override
      public JobResult handle(Job job) {
        handled.incrementAndGet();
        return JobResult.complete(Map.of("done", true));
      }
    };
    org.camunda.bpm.client.exception.RestException clash = new org.camunda.bpm.client.exception.RestException(
        "ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[1]' failed", "OptimisticLockingException", 1);
    org.mockito.Mockito.doThrow(new org.camunda.bpm.client.exception.EngineException("completing", clash))
        .doThrow(new org.camunda.bpm.client.exception.EngineException("completing", clash))
        .doNothing()
        .when(service).complete(eq(task), eq(Map.of("done", true)));

    runner.run(counting, task, service);

    verify(service, org.mockito.Mockito.times(3)).complete(eq(task), eq(Map.of("done", true)));
    org.assertj.core.api.Assertions.assertThat(handled).hasValue(1);
    verify(ledger, org.mockito.Mockito.times(1)).record(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
  }

  @Test
  void anyOtherReportingErrorIsNotRetried() {
    org.assertj.core.api.Assertions.assertThat(JobRunner.isLockClash(new IllegalStateException("connection refused")))
        .isFalse();
    org.assertj.core.api.Assertions.assertThat(JobRunner.isLockClash(new RuntimeException("wrapped",
        new org.camunda.bpm.client.exception.RestException("x", "OptimisticLockingException", 1)))).isTrue();
  }

  private static ExternalTask task(Integer retries) {
    ExternalTask task = mock(ExternalTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn("test.failing");
    when(task.getRetries()).thenReturn(retries);
    when(task.getAllVariables()).thenReturn(Map.of());
    return task;
  }

  /** Runs the callback directly: the ledger is a mock, so there is nothing to commit. */
  private static final class NoTransaction extends TransactionTemplate {
    @Override
    public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
      return action.doInTransaction(new org.springframework.transaction.support.SimpleTransactionStatus());
    }
  }
}
