package cn.court.crossexec.disposal;

import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.transfer-in-lieu: the asset passes to the chosen creditor at the failed reserve price (the second round's
 * starting price); what exceeds the creditor's unpaid claim is paid in by the creditor. The creditor must hold a
 * claim in this case; otherwise the court chooses again (BPMN error AFTER_FAILURE_INVALID).
 */
@Component
class TransferInLieuWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final DistributionService distribution;
  private final ControlMeasureService measures;

  TransferInLieuWorker(Disposals disposals, DisposalSteps steps, DistributionService distribution,
      ControlMeasureService measures) {
    this.disposals = disposals;
    this.steps = steps;
    this.distribution = distribution;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "disposal.transfer-in-lieu";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "transfereeClaimId", "afterFailureReason");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    Object chosen = job.variable("transfereeClaimId");
    Long claimId = chosen instanceof Number n ? n.longValue() : null;
    if (claimId == null || !disposals.isClaimOf(d.caseId(), claimId)) {
      String text = "以物抵债须选择本案参与分配的债权人（填写上表中的编号）";
      return JobResult.bpmnError("AFTER_FAILURE_INVALID", text, Map.of("afterFailureProblem", text));
    }
    long value = disposals.lastFailedRound(d.id()).map(Auction::startingPriceFen).orElseThrow();
    long difference = distribution.creditTransferInLieu(d.caseId(), claimId, value, d.id(), "system");
    String reason = job.stringVariable("afterFailureReason");
    disposals.transferred(d.id(), claimId, value, difference, reason, steps.now());
    measures.endWithDisposal(d.measureId(), "以物抵债", null);
    steps.excludeDisposalPeriods(d);
    steps.record(d.caseId(), "TRANSFERRED_IN_LIEU", d.label() + "以第二次拍卖保留价 " + Money.yuan(value)
        + " 交付债权人（编号 " + claimId + "）抵债" + (difference > 0 ? "，应补交差价 " + Money.yuan(difference) : "")
        + "：" + reason);
    return JobResult.complete();
  }
}
