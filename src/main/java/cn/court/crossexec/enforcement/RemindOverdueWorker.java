package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.remind-overdue: a hand-over step passed its limit: the executing court is reminded, the case shows as
 * overdue on every list, and the command centre gets a supervision task (the model's next step).
 */
@Component
class RemindOverdueWorker implements JobWorker {

  private final CaseSteps steps;

  RemindOverdueWorker(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "enforcement.remind-overdue";
  }

  @Override
  public List<String> variables() {
    return List.of("overdueStep", "handlerDueText", "noticeDueText");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    String text = switch (job.stringVariable("overdueStep")) {
      case "HANDLER" -> "未在 " + job.stringVariable("handlerDueText") + " 前签收案卷并指定承办人";
      case "NOTICE" -> "未在 " + job.stringVariable("noticeDueText") + " 前发出执行通知书和报告财产令";
      case "INVESTIGATION" -> "网络执行查控逾一个月未完成";
      default -> throw new IllegalArgumentException("Unknown overdue step " + job.stringVariable("overdueStep"));
    };
    c.overdue(text);
    steps.record(c.getId(), "OVERDUE_REMINDED", "逾期催办：" + text, null);
    return JobResult.complete(Map.of("overdueStepText", text));
  }
}
