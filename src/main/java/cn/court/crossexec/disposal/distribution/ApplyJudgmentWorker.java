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
 * distribution.apply-judgment: a lawsuit on the plan is judged (message LawsuitJudged). The held amount is released:
 * what the judgment awards the objector goes to the objector, the rest to the target by the plan. Every judged
 * objection not yet applied is applied (a judgment is applied once: its payouts' references exist afterwards).
 */
@Component
class ApplyJudgmentWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;
  private final Payouts payouts;

  ApplyJudgmentWorker(DistributionSteps steps, DistributionRecords records, Payouts payouts) {
    this.steps = steps;
    this.records = records;
    this.payouts = payouts;
  }

  @Override
  public String topic() {
    return "distribution.apply-judgment";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    for (Objection o : records.objectionsOf(d.id(), ObjectionStatus.JUDGED)) {
      if (applied(d, o)) {
        continue;
      }
      long awarded = o.objectorAwardedFen();
      long rest = o.disputedFen() - awarded;
      records.changeShare(d.id(), o.targetClaimId(), -awarded, 0, 0);
      String toObjector;
      if (o.byDebtor()) {
        records.changeShare(d.id(), o.targetClaimId(), 0, -awarded, 0); // the awarded part left the target's escrow
        toObjector = "被执行人异议成立部分 " + Money.yuan(awarded) + " 按清偿顺序改分配："
            + steps.releaseToUnpaidClaims(d, awarded, o.targetClaimId(), Payouts.Basis.JUDGMENT, o.id());
      } else {
        records.changeShare(d.id(), o.objectorClaimId(), awarded, 0, 0);
        steps.payShare(d, o.objectorClaimId(), awarded, 0, Payouts.Basis.JUDGMENT, o.id());
        records.changeShare(d.id(), o.targetClaimId(), 0, -awarded, 0); // the awarded part left the target's escrow
        toObjector = steps.claim(o.objectorClaimId()).creditorName() + " " + Money.yuan(awarded);
      }
      steps.payShare(d, o.targetClaimId(), rest, rest, Payouts.Basis.JUDGMENT, o.id());
      steps.record(d.caseId(), "DISTRIBUTION_JUDGMENT_APPLIED", "按分配方案异议之诉（" + o.lawsuitNumber() + "）判决支付提存款项："
          + toObjector + "，" + steps.claim(o.targetClaimId()).creditorName() + " " + Money.yuan(rest));
    }
    int sued = records.objectionsOf(d.id(), ObjectionStatus.SUED).size();
    if (sued == 0) {
      records.setStatus(d.id(), DistributionStatus.PAID, steps.now());
      steps.record(d.caseId(), "DISTRIBUTION_PAID", "分配方案异议之诉均已判决，分配完毕");
    }
    return JobResult.complete(Map.of("suedCount", sued));
  }

  private boolean applied(Distribution d, Objection o) {
    return (!o.byDebtor()
        && payouts.amountPaid(Payouts.reference(d.id(), o.objectorClaimId(), Payouts.Basis.JUDGMENT, o.id())).isPresent())
        || payouts.amountPaid(Payouts.reference(d.id(), o.targetClaimId(), Payouts.Basis.JUDGMENT, o.id())).isPresent();
  }
}
