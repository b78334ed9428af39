package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * enforcement.warn-limit: judged against the limit as it stands now (it may have grown since the timer was set): past
 * it, the expiry is reported once and the case shows as overdue; inside a warning window (30, 7 days), the executing
 * court is warned once per window and due date; otherwise (an early wake-up) nothing is said.
 */
@Component
class WarnLimitWorker implements JobWorker {

  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final CaseLifecycleService lifecycle;
  private final JdbcTemplate jdbc;

  WarnLimitWorker(CaseSteps steps, EnforcementProperties limits, CaseLifecycleService lifecycle, JdbcTemplate jdbc) {
    this.steps = steps;
    this.limits = limits;
    this.lifecycle = lifecycle;
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return "enforcement.warn-limit";
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
    long left = ChronoUnit.DAYS.between(steps.today(), dueOn);
    if (left < 0) {
      if (!c.isLimitExpiryReported()) {
        c.limitExpiryReported();
        steps.record(c.getId(), "LIMIT_EXPIRED", "执行期限已于 " + dueOn + " 届满，案件仍未执结，已报告协调法院督办", null);
      }
      return JobResult.complete();
    }
    limits.limitWarningDays().stream().filter(days -> left <= days).min(Integer::compare).ifPresent(window -> {
      String prefix = "执行期限将于 " + dueOn + " 届满（" + window + " 日预警）";
      Integer said = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_event WHERE case_id = ? AND event_type = 'LIMIT_WARNING'"
          + " AND detail LIKE ?", Integer.class, c.getId(), prefix + "%");
      if (said == null || said == 0) {
        steps.record(c.getId(), "LIMIT_WARNING", prefix + "，尚余 " + left + " 日"
            + (left >= limits.extensionRequestLeadDays() ? "；确需延长的，请于届满 " + limits.extensionRequestLeadDays()
                + " 日前申请院长批准" : ""), null);
      }
    });
    return JobResult.complete();
  }
}
