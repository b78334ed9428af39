package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * intake.revise-decision: supervised enforcement failed, so the superior court <b>shall</b> enforce itself or direct
 * another court (民事诉讼法第二百三十七条): only 提级执行 or 指令执行 may be chosen, whatever the completion sends. The
 * revision is checked against the same conflict rules as the first decision, with the category as stored (so a
 * category-3 case must still leave the original court's locality). An invalid revision goes back to the
 * escalation task with its reasons (BPMN error DECISION_INVALID).
 */
@Component
class ReviseDecisionWorker implements JobWorker {

  /** The modes art. 237 leaves once the supervision deadline has passed without result. */
  static final Set<EnforcementMode> AFTER_FAILED_SUPERVISION = EnumSet.of(EnforcementMode.DIRECTED, EnforcementMode.ELEVATED);

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
    String actor = job.stringVariable("escalatedBy");
    List<String> violations = new ArrayList<>();
    EnforcementMode mode = RecordDecisionWorker.mode(job.stringVariable("revisedMode"), violations);
    if (mode == null && violations.isEmpty()) {
      violations.add("未选择变更后的执行方式");
    } else if (mode != null && !AFTER_FAILED_SUPERVISION.contains(mode)) {
      violations.add("督促执行无果，上级法院应当提级执行或者指令其他法院执行（民事诉讼法第二百三十七条），不能改为"
          + mode.label());
    }
    String requested = job.stringVariable("revisedExecutingCourtCode");
    String executing = mode == EnforcementMode.ELEVATED
        ? application.getCoordinatingCourtCode()
        : requested == null ? null : requested.trim().toUpperCase();
    String reasons = job.stringVariable("revisionReasons");
    DecisionDraft draft = new DecisionDraft(decision.getCategory(), mode, mode, null, application.getOriginalCourtCode(),
        application.getCoordinatingCourtCode(), executing, executing, List.of(), decision.getNecessity(),
        decision.getConvenience(), decision.getRegularity(), reasons);
    if (violations.isEmpty()) {
      violations.addAll(rules.violations(draft));
    }
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
