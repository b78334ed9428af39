package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * intake.hand-off-enforcement: the decided case goes to coordinated enforcement under its case id: the case is
 * opened (once) with its courts, roles and parties. The model's next step, a call activity, starts the case's own
 * process (coordinated-enforcement) with the case id as business key.
 */
@Component
class HandOffEnforcementWorker implements JobWorker {

  private final IntakeSteps steps;
  private final DecisionRepository decisions;
  private final EnforcementCaseService cases;

  HandOffEnforcementWorker(IntakeSteps steps, DecisionRepository decisions, EnforcementCaseService cases) {
    this.steps = steps;
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  public String topic() {
    return "intake.hand-off-enforcement";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId", "mode", "executingCourtCode", "progressReport");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    Decision decision = decisions.findById(application.getId()).orElseThrow();
    application.decided(application.getCaseId(), false, steps.now());
    cases.open(new OpenCaseCommand(
        decision.getCaseId(), application.getId(), application.getCaseNumber(), decision.getCategory().name(),
        decision.getMode().name(), decision.getCoordinatingCourtCode(), decision.getExecutingCourtCode(),
        application.getOriginalCourtCode(), application.getFiledOn(), application.getAmountClaimedFen(),
        application.getParties().stream()
            .map(p -> new OpenCaseCommand.Party(p.getRole().name(), p.getName(), p.getType().name(), p.getIdNumber()))
            .toList(),
        decision.getCourts().stream()
            .map(c -> new OpenCaseCommand.CourtInRole(c.getCourtCode(), c.getRole().name()))
            .toList(),
        decision.getDecidedBy(),
        application.getSource() == ApplicationSource.PARTY ? application.getSubmittedBy() : null));
    String progress = job.stringVariable("progressReport");
    steps.record(application.getId(), "HANDED_OFF",
        "移交协同执行：案件编号 " + job.stringVariable("caseId") + "，" + EnforcementMode.valueOf(job.stringVariable("mode")).label()
            + "，执行法院 " + job.stringVariable("executingCourtCode") + (progress == null ? "" : "；督促执行进展：" + progress), null);
    return JobResult.complete();
  }
}
