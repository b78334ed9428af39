package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.assign-resumption-leads: the first step of a resumed case inside the enforcement: the creditor's leads
 * that resumed it (brought during 终本) each become a 核查线索 item for the executing court. Idempotent: a lead that
 * has its item gets no second one.
 */
@Component
class AssignResumptionLeadsWorker implements JobWorker {

  private final WorkItemService workItems;

  AssignResumptionLeadsWorker(WorkItemService workItems) {
    this.workItems = workItems;
  }

  @Override
  public String topic() {
    return "enforcement.assign-resumption-leads";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    return JobResult.complete(Map.of("resumptionLeadItems", workItems.assignLeadsAfterResumption(job.businessKey())));
  }
}
