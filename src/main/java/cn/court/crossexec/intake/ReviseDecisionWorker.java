package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * intake.revise-decision: supervised enforcement failed, so the superior court directs another court or elevates
 * the case (民事诉讼法第二百三十七条). Checked against the same conflict rules as the first decision.
 */
@Component
class ReviseDecisionWorker implements JobWorker {

  private final IntakeSteps steps;
  private final DecisionRules rules;
  private final DecisionRepository decisions;

  ReviseDecisionWorker(IntakeSteps steps, DecisionRules rules, DecisionRepository decisions) {
    this.steps = steps;
    this.rules = rules;
    this.decisions = decisions;
  }

  @Override
  public String topic() {
    return "intake.revise-decision";
  }

  @Override
  public List<String> variables() {
    return List.of("revisedMode", "revisedExecutingCourtCode", "revisionReasons", "escalatedBy");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    Decision decision = decisions.findById(application.getId()).orElseThrow();
    EnforcementMode mode = EnforcementMode.valueOf(job.stringVariable("revisedMode"));
    String executing = mode == EnforcementMode.ELEVATED
        ? application.getCoordinatingCourtCode()
        : job.stringVariable("revisedExecutingCourtCode") == null ? null : job.stringVariable("revisedExecutingCourtCode").trim().toUpperCase();
    String reasons = job.stringVariable("revisionReasons");
    DecisionDraft draft = new DecisionDraft(decision.getCategory(), mode, mode, null, application.getOriginalCourtCode(),
        application.getCoordinatingCourtCode(), executing, executing, List.of(), false, decision.getNecessity(),
        decision.getConvenience(), decision.getRegularity(), reasons);
    List<String> violations = rules.violations(draft);
    String actor = job.stringVariable("escalatedBy");
    if (!violations.isEmpty()) {
      steps.record(application.getId(), "REVISION_REFUSED", String.join("；", violations), actor);
      return JobResult.bpmnError(RecordDecisionWorker.DECISION_INVALID, String.join("；", violations));
    }
    decision.revise(draft, actor == null ? IntakeSteps.SYSTEM : actor, steps.now());
    application.decided(application.getCaseId(), false, steps.now());
    steps.record(application.getId(), "DECISION_REVISED", "督促执行无果，改为" + mode.label() + "；执行法院 " + executing, actor);
    return JobResult.complete(Map.of("mode", mode.name(), "executingCourtCode", executing));
  }
}
