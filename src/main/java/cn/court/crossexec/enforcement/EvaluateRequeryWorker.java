package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** enforcement.evaluate-requery: after a six-monthly re-query in 终本: assets found resume the case; otherwise count down. */
@Component
class EvaluateRequeryWorker implements JobWorker {

  private final CaseSteps steps;
  private final CaseInquiries inquiries;
  private final EnforcementProperties limits;
  private final ApplicationEventPublisher events;

  EvaluateRequeryWorker(CaseSteps steps, CaseInquiries inquiries, EnforcementProperties limits, ApplicationEventPublisher events) {
    this.steps = steps;
    this.inquiries = inquiries;
    this.limits = limits;
    this.events = events;
  }

  @Override
  public String topic() {
    return "enforcement.evaluate-requery";
  }

  @Override
  public List<String> variables() {
    return List.of("inquiryRound");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    Map<String, Object> found = inquiries.foundInRound(c.getId(), (int) job.longVariable("inquiryRound"));
    long count = ((Number) found.get("found")).longValue();
    c.requeried();
    int left = limits.requeryRounds() - c.getRequeriesDone();
    steps.record(c.getId(), "REQUERIED", "终本后第 " + c.getRequeriesDone() + " 次复查："
        + (count > 0 ? "查得财产 " + count + " 项，价值约 " + Money.yuan(((Number) found.get("value_fen")).longValue()) + "，恢复执行"
            : left > 0 ? "未发现可供执行的财产" : "未发现可供执行的财产，五年复查期满"), null);
    if (count == 0 && c.getRequeriesDone() == 2) {
      // 2017 规定 art. 10: after 终本, two network inquiries found nothing -> the debtor's entries of this case are removed
      events.publishEvent(new CaseOutcomes.NothingFoundAfterTwoRequeries(c.getId()));
    }
    return JobResult.complete(Map.of("assetsFound", count > 0, "requeriesLeft", left,
        "resumptionReason", count > 0 ? "终本后复查发现可供执行的财产" : ""));
  }
}
