package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.compute-limit: the six-month limit as it stands now (excluded periods and extensions counted) and the
 * next moment the watch must wake: the next warning (crossexec.enforcement.limit-warning-days), else the expiry.
 * Once the expiry has been reported the watch sleeps until the limit changes.
 */
@Component
class ComputeLimitWorker implements JobWorker {

  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final CaseLifecycleService lifecycle;

  ComputeLimitWorker(CaseSteps steps, EnforcementProperties limits, CaseLifecycleService lifecycle) {
    this.steps = steps;
    this.limits = limits;
    this.lifecycle = lifecycle;
  }

  @Override
  public String topic() {
    return "enforcement.compute-limit";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    LocalDate dueOn = lifecycle.dueOn(c);
    c.limit(dueOn);
    OffsetDateTime now = steps.now();
    List<OffsetDateTime> marks = new ArrayList<>();
    for (int days : limits.limitWarningDays()) {
      marks.add(OffsetDateTime.parse(steps.endOf(dueOn.minusDays(days + 1L)))); // start of the day N days before
    }
    marks.add(OffsetDateTime.parse(steps.endOf(dueOn)));
    OffsetDateTime next = marks.stream().filter(m -> m.isAfter(now)).findFirst().orElse(null);
    Map<String, Object> v = new HashMap<>();
    v.put("limitDueText", CaseSteps.text(dueOn));
    if (next == null && c.isLimitExpiryReported()) {
      v.put("limitWatchActive", false);
      v.put("limitNextCheckAt", null);
    } else {
      v.put("limitWatchActive", true);
      v.put("limitNextCheckAt", (next == null ? now : next).toString());
    }
    return JobResult.complete(v);
  }
}
