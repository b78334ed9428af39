package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** intake.check-completeness: are the required materials (configuration) all there? */
@Component
class CheckCompletenessWorker implements JobWorker {

  private final IntakeSteps steps;
  private final IntakeProperties limits;

  CheckCompletenessWorker(IntakeSteps steps, IntakeProperties limits) {
    this.steps = steps;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "intake.check-completeness";
  }

  @Override
  public List<String> variables() {
    return List.of("applicationId");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    Set<Material> missing = EnumSet.noneOf(Material.class);
    missing.addAll(limits.requiredMaterials());
    missing.removeAll(application.materialSet());
    return JobResult.complete(Map.of(
        "materialComplete", missing.isEmpty(),
        "missingMaterialText", missing.isEmpty() ? "" : IntakeService.labels(missing)));
  }
}
