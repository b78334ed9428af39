package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * enforcement.close-case: the case ends as closingKind says (fully performed, terminated, withdrawn, transferred to
 * bankruptcy) or is terminated for now (终本). Open work items are cancelled (the model cancelled their tasks). A case
 * that ends for good has its measures lifted; after 终本 and on a bankruptcy transfer they stay in force.
 */
@Component
class CloseCaseWorker implements JobWorker {

  private final CaseSteps steps;
  private final WorkItemRepository items;
  private final ControlMeasureService measures;
  private final EnforcementProperties limits;
  private final ApplicationEventPublisher events;

  CloseCaseWorker(CaseSteps steps, WorkItemRepository items, ControlMeasureService measures, EnforcementProperties limits,
      ApplicationEventPublisher events) {
    this.steps = steps;
    this.items = items;
    this.measures = measures;
    this.limits = limits;
    this.events = events;
  }

  @Override
  public String topic() {
    return "enforcement.close-case";
  }

  @Override
  public List<String> variables() {
    return List.of("closingKind", "closingNote", "nextStepReason", "settlementNote");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    CaseStatus how = CaseStatus.valueOf(job.stringVariable("closingKind"));
    String note = firstOf(job, "closingNote", "settlementNote", "nextStepReason");
    items.findByCaseIdAndStatus(c.getId(), WorkItem.Status.OPEN).forEach(WorkItem::cancel);
    if (how == CaseStatus.TERMINATED_FOR_NOW) {
      c.terminateForNow(steps.today());
      steps.record(c.getId(), "TERMINATED_FOR_NOW", "终结本次执行程序：" + note + "；此后每 " + limits.requeryPeriod().toTotalMonths()
          + " 个月复查一次财产，共 " + limits.requeryYears() + " 年", null);
      return JobResult.complete(Map.of("requeriesLeft", limits.requeryRounds()));
    }
    c.close(how, steps.today(), note);
    int lifted = how == CaseStatus.BANKRUPTCY_TRANSFER ? 0 : measures.liftAllOf(c.getId(), CaseSteps.SYSTEM);
    steps.record(c.getId(), "CLOSED", how.label() + (note.isEmpty() ? "" : "：" + note)
        + (lifted > 0 ? "；解除控制措施 " + lifted + " 项" : ""), null);
    // a case that ends for good is announced: credit discipline removes the debtor's entries of it (2017 规定 art. 10)
    if (how == CaseStatus.PERFORMED || how == CaseStatus.TERMINATED || how == CaseStatus.WITHDRAWN) {
      events.publishEvent(new CaseOutcomes.Ended(c.getId(), how, "Task_CloseSettled".equals(job.activityId()), how.label()));
    }
    return JobResult.complete();
  }

  private static String firstOf(Job job, String... names) {
    for (String name : names) {
      String value = job.stringVariable(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
