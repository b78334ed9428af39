package cn.court.crossexec.support;

import cn.court.crossexec.workflow.worker.BusinessOutcomeException;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Worker of the test model {@code test-worker}: completes, returns or throws a business outcome, or fails,
 * as the variable {@code mode} says; counts how often it really did the work for each business key.
 */
@Component
public class TestWorker implements JobWorker {

  private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

  @Override
  public String topic() {
    return "test.work";
  }

  @Override
  public JobResult handle(Job job) {
    handled.computeIfAbsent(job.businessKey(), k -> new AtomicInteger()).incrementAndGet();
    String mode = job.stringVariable("mode");
    return switch (mode == null ? "complete" : mode) {
      case "complete" -> JobResult.complete(Map.of("workResult", "done:" + job.businessKey()));
      case "reject" -> JobResult.bpmnError("TEST_REJECTED", "材料不全");
      case "reject-deep" -> throw new BusinessOutcomeException("TEST_REJECTED", "深层驳回");
      case "fail" -> throw new IllegalStateException("simulated outage of a downstream system");
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
  }

  public int timesHandled(String businessKey) {
    AtomicInteger count = handled.get(businessKey);
    return count == null ? 0 : count.get();
  }
}
