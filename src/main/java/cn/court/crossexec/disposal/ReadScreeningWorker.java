package cn.court.crossexec.disposal;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.read-screening: the bankruptcy screening has decided on a held core asset. Retained for the
 * reorganization, the disposal ends; released, it goes on as any other asset.
 */
@Component
class ReadScreeningWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;

  ReadScreeningWorker(Disposals disposals, DisposalSteps steps) {
    this.disposals = disposals;
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "disposal.read-screening";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    boolean retained = "RETAINED".equals(d.coreAssetHold());
    if (retained) {
      disposals.close(d.id(), DisposalStatus.RETAINED, 0, "破产审查决定留作重整核心资产", steps.now());
      steps.record(d.caseId(), "DISPOSAL_RETAINED", d.label() + "留作重整核心资产，不予处置");
    } else {
      disposals.status(d.id(), DisposalStatus.VALUING);
      steps.record(d.caseId(), "DISPOSAL_RESUMED", "破产审查已作出决定，" + d.label() + "恢复处置");
    }
    return JobResult.complete(Map.of("retained", retained));
  }
}
