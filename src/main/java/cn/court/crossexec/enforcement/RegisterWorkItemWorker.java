package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * enforcement.register-work-item: the coordinator's desk assigned an item. Valid: it is recorded and its variables go
 * to the called joint-work-item. Invalid (unknown court, one outside the coordinating court's area, a past date):
 * nothing is recorded and the desk opens again with the reason (workItemValid = false, deskErrors).
 */
@Component
class RegisterWorkItemWorker implements JobWorker {

  private final CaseSteps steps;
  private final WorkItemService items;

  RegisterWorkItemWorker(CaseSteps steps, WorkItemService items) {
    this.steps = steps;
    this.items = items;
  }

  @Override
  public String topic() {
    return "enforcement.register-work-item";
  }

  @Override
  public List<String> variables() {
    return List.of("deskItemType", "deskItemCourtCode", "deskItemDueOn", "deskItemInstructions", "deskAssignedBy");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    try {
      WorkItem item = items.register(c, WorkItemType.valueOf(job.stringVariable("deskItemType")),
          job.stringVariable("deskItemCourtCode"), LocalDate.parse(job.stringVariable("deskItemDueOn")),
          job.stringVariable("deskItemInstructions"), null, job.stringVariable("deskAssignedBy"));
      Map<String, Object> v = new HashMap<>(items.variables(item, c));
      v.put("workItemValid", true);
      v.put("deskErrors", null);
      return JobResult.complete(v);
    } catch (InvalidRequestException e) {
      return rejected(e.errors().stream().map(f -> f.message()).collect(Collectors.joining("；")));
    } catch (ConflictException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      return rejected(e instanceof ConflictException ? e.getMessage() : "事项类型或期限填写有误");
    }
  }

  private static JobResult rejected(String why) {
    Map<String, Object> v = new HashMap<>();
    v.put("workItemValid", false);
    v.put("deskErrors", why);
    return JobResult.complete(v);
  }
}
