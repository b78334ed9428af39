package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** enforcement.record-supervision: the command centre's supervision of an overdue step goes on the case's record. */
@Component
class RecordSupervisionWorker implements JobWorker {

  private static final Map<String, String> ACTIONS = Map.of("URGE", "催办执行法院", "TALK", "约谈执行法院负责人",
      "REASSIGN", "建议改变执行法院");

  private final CaseSteps steps;

  RecordSupervisionWorker(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "enforcement.record-supervision";
  }

  @Override
  public List<String> variables() {
    return List.of("overdueStepText", "supervisionAction", "supervisionNote", "supervisedBy");
  }

  @Override
  public JobResult handle(Job job) {
    steps.record(job.businessKey(), "SUPERVISED", "督办（" + job.stringVariable("overdueStepText") + "）："
        + ACTIONS.getOrDefault(job.stringVariable("supervisionAction"), job.stringVariable("supervisionAction")) + "；"
        + job.stringVariable("supervisionNote"), job.stringVariable("supervisedBy"));
    return JobResult.complete();
  }
}
