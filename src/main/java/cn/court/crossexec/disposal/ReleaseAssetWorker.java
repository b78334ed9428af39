package cn.court.crossexec.disposal;

import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** disposal.release: the court lets the unsold asset go: the measure is lifted (a waiting measure may take effect). */
@Component
class ReleaseAssetWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final ControlMeasureService measures;

  ReleaseAssetWorker(Disposals disposals, DisposalSteps steps, ControlMeasureService measures) {
    this.disposals = disposals;
    this.steps = steps;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "disposal.release";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "afterFailureReason");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    if (d.status().isFinal()) {
      return JobResult.complete();
    }
    String reason = job.stringVariable("afterFailureReason");
    disposals.close(d.id(), DisposalStatus.RELEASED, 0, reason, steps.now());
    measures.releaseAfterDisposal(d.measureId(), null);
    steps.excludeDisposalPeriods(d);
    steps.record(d.caseId(), "DISPOSAL_RELEASED", d.label() + "流拍后解除查封并退还被执行人：" + reason);
    return JobResult.complete();
  }
}
