package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.disposal.distribution.TransfereeChoice;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * disposal.transfer-in-lieu: the asset passes to the chosen creditor at the failed reserve price (the second round's
 * starting price); the creditor is credited only what it would receive in the order of payment and pays the rest in
 * (拍卖变卖规定第十六条). When other creditors ask for the asset too, the earlier rank takes it, equals by a recorded lot. The creditor must hold a
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
    return List.of("disposalId", "transfereeClaimId", "otherTransfereeClaimIds", "afterFailureReason");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    Object chosen = job.variable("transfereeClaimId");
    Long claimId = chosen instanceof Number n ? n.longValue() : null;
    if (claimId == null || !TransfereeCandidates.isCandidate(distribution.claims(d.caseId()), claimId)) {
      return invalid("以物抵债须选择本案参与分配的债权人（填写上表中的编号）");
    }
    List<Long> candidates = new ArrayList<>(List.of(claimId));
    String others = job.stringVariable("otherTransfereeClaimIds");
    if (others != null && !others.isBlank()) {
      for (String part : others.trim().split("[,，、;；\\s]+")) {
        if (!part.matches("\\d{1,18}")) {
          return invalid("其他申请以物抵债的债权人编号应为上表中的编号，多个用逗号分隔：" + part);
        }
        candidates.add(Long.parseLong(part));
      }
    }
    // several creditors asking: the earlier rank takes the asset, equals by lot; the seed is kept, a retry draws alike
    long seed = disposals.lotSeed(d.id()).orElseGet(() -> new SecureRandom().nextLong());
    TransfereeChoice choice;
    try {
      choice = distribution.chooseTransferee(d.caseId(), d.id(), candidates, seed);
    } catch (InvalidRequestException e) {
      return invalid(e.errors().get(0).message());
    }
    claimId = choice.claimId();
    String how = "";
    if (candidates.stream().distinct().count() > 1) {
      disposals.recordLot(d.id(), choice.tied().stream().map(String::valueOf).collect(Collectors.joining(",")),
          choice.drawn() ? seed : null);
      how = choice.drawn()
          ? "（多名债权人申请以物抵债，编号 " + choice.tied().stream().map(String::valueOf).collect(Collectors.joining("、"))
              + " 清偿顺位相同，抽签决定，抽签种子 " + seed + "）"
          : "（多名债权人申请以物抵债，按清偿顺位在先确定）";
    }
    long value = disposals.lastFailedRound(d.id()).map(Auction::startingPriceFen).orElseThrow();
    long difference = distribution.creditTransferInLieu(d.caseId(), claimId, value, d.id(), SystemActor.ID);
    String reason = job.stringVariable("afterFailureReason");
    disposals.transferred(d.id(), claimId, value, difference, reason, steps.now());
    steps.promptWaitingCreditors(d, measures.endWithDisposal(d.measureId(), "以物抵债", null), "以物抵债");
    steps.excludeDisposalPeriods(d);
    steps.record(d.caseId(), "TRANSFERRED_IN_LIEU", d.label() + "以第二次拍卖保留价 " + Money.yuan(value)
        + " 交付债权人（编号 " + claimId + "）抵债" + how + "，按清偿顺序抵偿 " + Money.yuan(value - difference)
        + (difference > 0 ? "，应补交差价 " + Money.yuan(difference) : "") + "：" + reason);
    return JobResult.complete(Map.of("transfereeClaimId", claimId, "differencePaidInFen", difference));
  }

  private static JobResult invalid(String text) {
    return JobResult.bpmnError("AFTER_FAILURE_INVALID", text, Map.of("afterFailureProblem", text));
  }
}
