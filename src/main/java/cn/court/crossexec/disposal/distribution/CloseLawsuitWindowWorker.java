package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Objection;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * distribution.close-lawsuit-window: the period to sue is over. A countered objection whose objector did not sue is
 * dropped and the held amount is paid by the original plan; a sued one stays in escrow until its judgment.
 */
@Component
class CloseLawsuitWindowWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;

  CloseLawsuitWindowWorker(DistributionSteps steps, DistributionRecords records) {
    this.steps = steps;
    this.records = records;
  }

  @Override
  public String topic() {
    return "distribution.close-lawsuit-window";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    for (Objection o : records.objectionsOf(d.id(), ObjectionStatus.COUNTERED)) {
      records.changeObjection(o.id(), ObjectionStatus.DROPPED, DistributionCases.SYSTEM, steps.now());
      steps.payShare(d, o.targetClaimId(), o.disputedFen(), o.disputedFen(), Payouts.Basis.OBJECTION, o.id());
      steps.record(d.caseId(), "DISTRIBUTION_OBJECTION_DROPPED", "异议人未在期限内起诉，提存的 " + Money.yuan(o.disputedFen())
          + " 按原方案支付给" + steps.claim(o.targetClaimId()).creditorName());
    }
    int sued = records.objectionsOf(d.id(), ObjectionStatus.SUED).size();
    records.setStatus(d.id(), sued == 0 ? DistributionStatus.PAID : DistributionStatus.IN_LAWSUIT, steps.now());
    steps.record(d.caseId(), sued == 0 ? "DISTRIBUTION_PAID" : "DISTRIBUTION_IN_LAWSUIT", sued == 0
        ? "起诉期届满，无人起诉，分配完毕" : "起诉期届满：" + sued + " 项分配方案异议之诉审理中，争议款项提存至判决");
    return JobResult.complete(Map.of("suedCount", sued));
  }
}
