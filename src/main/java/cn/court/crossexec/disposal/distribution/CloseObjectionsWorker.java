package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Objection;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Share;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * distribution.close-objections: the objection period is over. Every share is paid except what the objections raised
 * in time dispute, which is held in escrow (提存) until they are settled; with objections the other side may counter
 * within crossexec.disposal.distribution.counter-objection-period.
 */
@Component
class CloseObjectionsWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;
  private final DistributionProperties properties;

  CloseObjectionsWorker(DistributionSteps steps, DistributionRecords records, DistributionProperties properties) {
    this.steps = steps;
    this.records = records;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "distribution.close-objections";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    List<Objection> raised = records.objectionsOf(d.id(), ObjectionStatus.RAISED);
    Map<Long, Long> disputed = new HashMap<>();
    raised.forEach(o -> disputed.merge(o.targetClaimId(), o.disputedFen(), Math::addExact));
    for (Share share : records.sharesOf(d.id())) {
      long held = disputed.getOrDefault(share.claimId(), 0L);
      records.changeShare(d.id(), share.claimId(), 0, held - share.heldFen(), 0);
      steps.payShare(d, share.claimId(), share.shareFen() - held, 0, Payouts.Basis.PLAN, null);
    }
    DistributionSteps.Window window = steps.window(properties.counterObjectionPeriod());
    OffsetDateTime counterCloseAt = window.closesAt();
    if (raised.isEmpty()) {
      records.setStatus(d.id(), DistributionStatus.PAID, steps.now());
      steps.record(d.caseId(), "DISTRIBUTION_PAID", "异议期内无人提出异议，已按分配方案支付完毕");
    } else {
      records.setStatus(d.id(), DistributionStatus.OBJECTIONS, steps.now());
      records.counterWindow(d.id(), counterCloseAt);
      steps.record(d.caseId(), "DISTRIBUTION_OBJECTIONS", "异议期届满：" + raised.size() + " 项异议，争议款项提存，其余已按方案支付；"
          + "通知未提出异议的债权人和被执行人，可于 " + window.text() + "24时前提出反对意见");
    }
    return JobResult.complete(Map.of("objectionCount", raised.size(), "counterCloseAt", counterCloseAt.toString()));
  }
}
