package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Objection;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * distribution.close-counter-objections: the counter-objection period is over. An objection nobody countered is
 * accepted (民诉法解释第五百一十二条): the plan is revised, the disputed amount moves from the target's share to the
 * objector's and is paid. Countered ones stay in escrow; the objector may sue within
 * crossexec.disposal.distribution.lawsuit-period.
 */
@Component
class CloseCounterObjectionsWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;
  private final DistributionProperties properties;

  CloseCounterObjectionsWorker(DistributionSteps steps, DistributionRecords records, DistributionProperties properties) {
    this.steps = steps;
    this.records = records;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "distribution.close-counter-objections";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    for (Objection o : records.objectionsOf(d.id(), ObjectionStatus.RAISED)) {
      records.changeObjection(o.id(), ObjectionStatus.ACCEPTED, DistributionCases.SYSTEM, steps.now());
      records.changeShare(d.id(), o.targetClaimId(), -o.disputedFen(), -o.disputedFen(), 0);
      if (o.byDebtor()) {
        String where = steps.releaseToUnpaidClaims(d, o.disputedFen(), o.targetClaimId(), Payouts.Basis.OBJECTION, o.id());
        steps.record(d.caseId(), "DISTRIBUTION_OBJECTION_ACCEPTED", "被执行人的异议无人反对，按异议修正分配方案："
            + steps.claim(o.targetClaimId()).creditorName() + "减少 " + Money.yuan(o.disputedFen()) + "，按清偿顺序改分配：" + where);
        continue;
      }
      records.changeShare(d.id(), o.objectorClaimId(), o.disputedFen(), 0, 0);
      steps.payShare(d, o.objectorClaimId(), o.disputedFen(), 0, Payouts.Basis.OBJECTION, o.id());
      steps.record(d.caseId(), "DISTRIBUTION_OBJECTION_ACCEPTED", "异议无人反对，按异议修正分配方案："
          + Money.yuan(o.disputedFen()) + " 改分配给" + steps.claim(o.objectorClaimId()).creditorName() + "并支付");
    }
    int countered = records.objectionsOf(d.id(), ObjectionStatus.COUNTERED).size();
    DistributionSteps.Window window = steps.window(properties.lawsuitPeriod());
    OffsetDateTime lawsuitsCloseAt = window.closesAt();
    if (countered == 0) {
      records.setStatus(d.id(), DistributionStatus.PAID, steps.now());
      steps.record(d.caseId(), "DISTRIBUTION_PAID", "异议均无人反对，按修正后的分配方案支付完毕");
    } else {
      records.setStatus(d.id(), DistributionStatus.COUNTERED, steps.now());
      records.lawsuitWindow(d.id(), lawsuitsCloseAt);
      steps.record(d.caseId(), "DISTRIBUTION_COUNTERED", countered + " 项异议有人反对，争议款项继续提存；异议人可于 "
          + window.text() + "24时前提起分配方案异议之诉");
    }
    return JobResult.complete(Map.of("counteredCount", countered, "lawsuitsCloseAt", lawsuitsCloseAt.toString()));
  }
}
