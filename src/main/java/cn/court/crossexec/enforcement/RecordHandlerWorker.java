package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** enforcement.record-handler: the file is acknowledged and the handler named; the notice is due within 3 days. */
@Component
class RecordHandlerWorker implements JobWorker {

  private final CaseSteps steps;
  private final EnforcementProperties limits;

  RecordHandlerWorker(CaseSteps steps, EnforcementProperties limits) {
    this.steps = steps;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "enforcement.record-handler";
  }

  @Override
  public List<String> variables() {
    return List.of("handlerName", "handlerPhone", "fileComplete", "acknowledgeNote", "handlerAssignedBy");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    String handler = job.stringVariable("handlerName").trim();
    c.handlerAssigned(handler, steps.now());
    String note = job.stringVariable("acknowledgeNote");
    steps.record(c.getId(), "HANDLER_ASSIGNED", "签收案卷" + (Boolean.TRUE.equals(job.variable("fileComplete")) ? "（材料齐全）" : "（材料待补）")
        + "，承办人：" + handler + (job.stringVariable("handlerPhone") == null ? "" : "，电话 " + job.stringVariable("handlerPhone"))
        + (note == null || note.isBlank() ? "" : "；" + note), job.stringVariable("handlerAssignedBy"));
    LocalDate noticeDue = steps.lastDay(steps.today(), limits.noticePeriod());
    return JobResult.complete(Map.of("noticeDueAt", steps.endOf(noticeDue), "noticeDueText", CaseSteps.text(noticeDue)));
  }
}
