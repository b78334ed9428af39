package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.select-assets: every asset the case holds under an effective measure and not yet disposed of gets a
 * disposal; the case's model then calls one asset-disposal process per unfinished disposal.
 */
@Component
class SelectDisposalAssetsWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final ControlMeasureService measures;

  SelectDisposalAssetsWorker(Disposals disposals, DisposalSteps steps, ControlMeasureService measures) {
    this.disposals = disposals;
    this.steps = steps;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "disposal.select-assets";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    String caseId = job.businessKey();
    List<Disposals.Candidate> candidates = disposals.candidates(caseId, measures.ofCase(caseId));
    for (Disposals.Candidate c : candidates) {
      disposals.create(caseId, c, SystemActor.ID, steps.now());
    }
    List<String> ids = disposals.unfinished(caseId);
    steps.record(caseId, "DISPOSAL_SELECTED", ids.isEmpty() ? "没有处于有效控制状态、可供处置的财产"
        : "移送处置财产 " + ids.size() + " 项" + (candidates.isEmpty() ? "" : "（新增 " + candidates.size() + " 项）"));
    return JobResult.complete(Map.of("disposalIds", String.join(",", ids), "disposalCount", ids.size()));
  }
}
