package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.BusinessOutcomeException;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * enforcement.check-for-now-conditions: 终结本次执行程序 only when every condition of the 2016 rule holds — notice and
 * asset-report order issued, consumption restriction issued, an investigation done with nothing disposable, more
 * than three months since filing (crossexec.enforcement.for-now-min-months), and the creditor interviewed. Otherwise
 * BPMN error FOR_NOW_CONDITIONS_UNMET with the unmet conditions, back to the executing court.
 */
@Component
class CheckForNowConditionsWorker implements JobWorker {

  static final String UNMET = "FOR_NOW_CONDITIONS_UNMET";

  private final CaseSteps steps;
  private final EnforcementProperties limits;

  CheckForNowConditionsWorker(CaseSteps steps, EnforcementProperties limits) {
    this.steps = steps;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "enforcement.check-for-now-conditions";
  }

  @Override
  public List<String> variables() {
    return List.of("noDisposableAssets", "creditorInterviewed", "creditorInterviewedOn", "nextStepDecidedBy", "nextStepReason");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    List<String> unmet = new ArrayList<>();
    if (c.getNoticeServedOn() == null || c.getReportOrderServedOn() == null) {
      unmet.add("未发出执行通知书或报告财产令");
    }
    if (c.getConsumptionRestrictedOn() == null) {
      unmet.add("未发出限制消费令");
    }
    if (c.getInquiryRounds() == 0 || !Boolean.TRUE.equals(job.variable("noDisposableAssets"))) {
      unmet.add("财产调查未完成或尚有可供执行的财产");
    }
    LocalDate earliest = c.getEnforcementFiledOn().plusMonths(limits.forNowMinMonths());
    if (steps.today().isBefore(earliest)) {
      unmet.add("自立案之日起不满 " + limits.forNowMinMonths() + " 个月（" + earliest + " 起方可终本）");
    }
    String interviewedOn = job.stringVariable("creditorInterviewedOn");
    if (!Boolean.TRUE.equals(job.variable("creditorInterviewed")) || interviewedOn == null || interviewedOn.isBlank()) {
      unmet.add("未约谈申请执行人");
    }
    if (!unmet.isEmpty()) {
      steps.record(c.getId(), "FOR_NOW_REFUSED", "终本条件不具备：" + String.join("；", unmet), job.stringVariable("nextStepDecidedBy"));
      throw new BusinessOutcomeException(UNMET, String.join("；", unmet));
    }
    c.creditorInterviewed(LocalDate.parse(interviewedOn));
    return JobResult.complete();
  }
}
