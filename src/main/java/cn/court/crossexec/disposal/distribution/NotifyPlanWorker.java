package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * distribution.notify-plan: the approved plan is served on every creditor and on the debtor (each notice on the case's
 * log); the objection period (crossexec.disposal.distribution.objection-period) runs from now.
 */
@Component
class NotifyPlanWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;
  private final DistributionCases cases;
  private final DistributionProperties properties;

  NotifyPlanWorker(DistributionSteps steps, DistributionRecords records, DistributionCases cases,
      DistributionProperties properties) {
    this.steps = steps;
    this.records = records;
    this.cases = cases;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "distribution.notify-plan";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId", "planReviewedBy");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    DistributionSteps.Window window = steps.window(properties.objectionPeriod());
    OffsetDateTime closesAt = window.closesAt();
    records.notified(d.id(), steps.now(), closesAt, job.stringVariable("planReviewedBy"));
    for (DistributionRecords.Share share : records.sharesOf(d.id())) {
      String creditor = steps.claim(share.claimId()).creditorName();
      steps.record(d.caseId(), "DISTRIBUTION_NOTICE", "向债权人" + creditor + "送达分配方案：分配 " + Money.yuan(share.shareFen())
          + "，可于 " + window.text() + "24时前提出书面异议");
    }
    CaseView theCase = cases.theCase(d.caseId());
    theCase.parties().stream().filter(p -> p.role().equals("DEBTOR")).forEach(debtor -> steps.record(d.caseId(),
        "DISTRIBUTION_NOTICE", "向被执行人" + debtor.name() + "送达分配方案：余额 " + Money.yuan(d.surplusFen())
            + " 退还，被执行人可于 " + window.text() + "24时前提出书面异议"));
    return JobResult.complete(Map.of("objectionsCloseAt", closesAt.toString()));
  }
}
