package cn.court.crossexec.disposal;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.record-price-objection-review: the court's ruling on the objections to the reference price. Upheld, the
 * price is set again (the court sees why); dismissed, the auction is planned.
 */
@Component
class RecordPriceObjectionReviewWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;

  RecordPriceObjectionReviewWorker(Disposals disposals, DisposalSteps steps) {
    this.disposals = disposals;
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "disposal.record-price-objection-review";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "objectionUpheld", "objectionReview");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    boolean upheld = Boolean.TRUE.equals(job.variable("objectionUpheld"));
    String review = job.stringVariable("objectionReview");
    disposals.reviewObjections(d.id(), upheld, review);
    Map<String, Object> v = new HashMap<>();
    if (upheld) {
      disposals.status(d.id(), DisposalStatus.VALUING);
      v.put("referencePriceProblem", "参考价异议成立，请重新确定参考价：" + review);
    }
    steps.record(d.caseId(), "REFERENCE_PRICE_OBJECTION_" + (upheld ? "UPHELD" : "DISMISSED"),
        d.label() + "参考价异议" + (upheld ? "成立，重新确定参考价：" : "不成立，予以驳回：") + review);
    return JobResult.complete(v);
  }
}
