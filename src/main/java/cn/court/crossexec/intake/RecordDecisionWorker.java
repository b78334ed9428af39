package cn.court.crossexec.intake;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * intake.record-decision: checks the coordinator's decision against the conflict rules (BPMN error
 * DECISION_INVALID sends it back to the review with the reasons) and records it, with the case id that the
 * coordinated enforcement will carry and the decision document.
 */
@Component
class RecordDecisionWorker implements JobWorker {

  static final String DECISION_INVALID = "DECISION_INVALID";

  private final IntakeSteps steps;
  private final DecisionRules rules;
  private final DecisionRepository decisions;
  private final IntakeProperties limits;

  RecordDecisionWorker(IntakeSteps steps, DecisionRules rules, DecisionRepository decisions, IntakeProperties limits) {
    this.steps = steps;
    this.rules = rules;
    this.decisions = decisions;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "intake.record-decision";
  }

  @Override
  public List<String> variables() {
    return List.of("category", "proposedMode", "mode", "overrideReason", "proposedExecutingCourtCode",
        "executingCourtCode", "participatingCourtCodes", "outsideLocality", "necessity", "convenience", "regularity",
        "decisionReasons", "reviewedBy");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    DecisionDraft draft = draft(job, application);
    List<String> violations = rules.violations(draft);
    if (!violations.isEmpty()) {
      steps.record(application.getId(), "DECISION_REFUSED", String.join("；", violations), job.stringVariable("reviewedBy"));
      return JobResult.bpmnError(DECISION_INVALID, String.join("；", violations));
    }
    String caseId = UUID.randomUUID().toString();
    boolean supervised = draft.mode() == EnforcementMode.SUPERVISED;
    LocalDate supervisionDue = supervised ? steps.now().toLocalDate().plus(limits.supervisionPeriod()) : null;
    String decidedBy = job.stringVariable("reviewedBy") == null ? IntakeSteps.SYSTEM : job.stringVariable("reviewedBy");
    decisions.save(new Decision(application.getId(), caseId, draft, decidedBy, steps.now(), supervisionDue));
    application.decided(caseId, supervised, steps.now());
    steps.record(application.getId(), "DECIDED",
        draft.mode().label() + "；执行法院 " + draft.executingCourtCode() + "；案件编号 " + caseId, decidedBy);

    Map<String, Object> v = new HashMap<>();
    v.put("caseId", caseId);
    v.put("decisionErrors", null);
    if (supervised) {
      v.put("supervisionDueDate", steps.now().plus(limits.supervisionPeriod()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      v.put("supervisionDueDateText", supervisionDue.toString());
    }
    return JobResult.complete(v);
  }

  static DecisionDraft draft(Job job, Application application) {
    return new DecisionDraft(
        CaseCategory.valueOf(job.stringVariable("category")),
        EnforcementMode.valueOf(job.stringVariable("proposedMode")),
        job.stringVariable("mode") == null ? null : EnforcementMode.valueOf(job.stringVariable("mode")),
        job.stringVariable("overrideReason"),
        application.getOriginalCourtCode(),
        application.getCoordinatingCourtCode(),
        job.stringVariable("proposedExecutingCourtCode"),
        trim(job.stringVariable("executingCourtCode")),
        codes(job.stringVariable("participatingCourtCodes")),
        Boolean.TRUE.equals(job.variable("outsideLocality")),
        job.stringVariable("necessity"),
        job.stringVariable("convenience"),
        job.stringVariable("regularity"),
        job.stringVariable("decisionReasons"));
  }

  static List<String> codes(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split("[,，\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
        .map(String::toUpperCase).distinct().toList();
  }

  private static String trim(String s) {
    return s == null ? null : s.trim().toUpperCase();
  }
}
