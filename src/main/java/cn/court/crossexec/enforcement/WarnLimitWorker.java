package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/** enforcement.warn-limit: the limit is near (a warning to the executing court) or has passed (reported, shown as overdue). */
@Component
class WarnLimitWorker implements JobWorker {

  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final CaseLifecycleService lifecycle;

  WarnLimitWorker(CaseSteps steps, EnforcementProperties limits, CaseLifecycleService lifecycle) {
    this.steps = steps;
    this.limits = limits;
    this.lifecycle = lifecycle;
  }

  @Override
  public String topic() {
    return "enforcement.warn-limit";
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    var dueOn = lifecycle.dueOn(c);
    long left = ChronoUnit.DAYS.between(steps.today(), dueOn);
    if (left < 0) {
      c.limitExpiryReported();
      steps.record(c.getId(), "LIMIT_EXPIRED", "执行期限已于 " + dueOn + " 届满，案件仍未执结，已报告协调法院督办", null);
    } else {
      steps.record(c.getId(), "LIMIT_WARNING", "执行期限将于 " + dueOn + " 届满（尚余 " + left + " 日）"
          + (left >= limits.extensionRequestLeadDays() ? "；确需延长的，请于届满 " + limits.extensionRequestLeadDays() + " 日前申请院长批准" : ""), null);
    }
    return JobResult.complete();
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }
}
