package cn.court.crossexec.intake;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 *
 * <p>Nothing the task completion sends is trusted beyond what the coordinator chooses (mode, courts, reasons): the
 * category and the DMN's proposal are read from the application as stored, whether the case must leave the original
 * court's locality follows from the category, and a mode that is not one of the five is sent back, not thrown. A
 * centralized case that coordinated enforcement will hand to the court of the debtor's existing group is checked
 * with that court as well.
 */
@Component
class RecordDecisionWorker implements JobWorker {

  static final String DECISION_INVALID = "DECISION_INVALID";

  private final IntakeSteps steps;
  private final DecisionRules rules;
  private final DecisionRepository decisions;
  private final IntakeProperties limits;
  private final LegalCalendar calendar;
  private final CourtService courts;

  RecordDecisionWorker(IntakeSteps steps, DecisionRules rules, DecisionRepository decisions, IntakeProperties limits,
      LegalCalendar calendar, CourtService courts) {
    this.steps = steps;
    this.rules = rules;
    this.decisions = decisions;
    this.limits = limits;
    this.calendar = calendar;
    this.courts = courts;
  }

  @Override
  public String topic() {
    return "intake.record-decision";
  }

  @Override
  public List<String> variables() {
    return List.of("proposedMode", "mode", "overrideReason", "proposedExecutingCourtCode",
        "executingCourtCode", "participatingCourtCodes", "necessity", "convenience", "regularity",
        "decisionReasons", "reviewedBy");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    List<String> violations = new ArrayList<>();
    EnforcementMode mode = mode(job.stringVariable("mode"), violations);
    DecisionDraft draft = draft(job, application, mode);
    if (violations.isEmpty()) {
      violations.addAll(rules.violations(draft));
    }
    if (violations.isEmpty() && mode == EnforcementMode.CENTRALIZED) {
      violations.addAll(groupCourtViolations(application, draft));
    }
    if (!violations.isEmpty()) {
      steps.record(application.getId(), "DECISION_REFUSED", String.join("；", violations), job.stringVariable("reviewedBy"));
      return JobResult.bpmnError(DECISION_INVALID, String.join("；", violations));
    }
    String caseId = UUID.randomUUID().toString();
    boolean supervised = draft.mode() == EnforcementMode.SUPERVISED;
    // the supervision period runs from today (not counted) to 24:00 court time of its last day, off rest days
    LocalDate supervisionDue = supervised
        ? calendar.lastDay(calendar.dayOf(steps.now()), limits.supervisionPeriod()) : null;
    String decidedBy = job.stringVariable("reviewedBy") == null ? IntakeSteps.SYSTEM : job.stringVariable("reviewedBy");
    decisions.save(new Decision(application.getId(), caseId, draft, decidedBy, steps.now(), supervisionDue));
    application.decided(caseId, supervised, steps.now());
    steps.record(application.getId(), "DECIDED",
        draft.mode().label() + "；执行法院 " + draft.executingCourtCode() + "；案件编号 " + caseId
            + (supervised ? "；督促执行期限至" + CourtClock.text(supervisionDue) + "24时" : ""), decidedBy);

    Map<String, Object> v = new HashMap<>();
    v.put("caseId", caseId);
    v.put("decisionErrors", null);
    if (supervised) {
      v.put("supervisionDueDate", calendar.endOfDay(supervisionDue).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      v.put("supervisionDueDateText", CourtClock.text(supervisionDue) + "24时");
    }
    return JobResult.complete(v);
  }

  /**
   * Coordinated enforcement runs a centralized case by the court of the debtor's existing group (the first
   * centralized decision's court): the rules must hold for that court too, or the decision is sent back.
   */
  private List<String> groupCourtViolations(Application application, DecisionDraft draft) {
    String debtor = application.getParties().stream().filter(p -> p.getRole() == PartyRole.DEBTOR)
        .map(ApplicationParty::getIdNumber).findFirst().orElse(null);
    if (debtor == null) {
      return List.of();
    }
    List<String> groupCourts =
        decisions.centralizedGroupCourts(debtor, application.getCoordinatingCourtCode(), application.getId());
    if (groupCourts.isEmpty() || groupCourts.get(0).equals(draft.executingCourtCode())) {
      return List.of();
    }
    String groupCourt = groupCourts.get(0);
    return rules.violations(draft.runBy(groupCourt)).stream()
        .map(v -> "该被执行人的集中执行案件由" + courts.get(groupCourt).name() + "统一执行，本案将改由其执行：" + v)
        .toList();
  }

  /** The chosen mode, or null with the reason when it is none of the five. */
  static EnforcementMode mode(String value, List<String> violations) {
    if (value == null || value.isBlank()) {
      return null; // the rules report "未选择执行方式"
    }
    try {
      return EnforcementMode.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      violations.add("执行方式“" + value + "”无效，应为督促、指令、提级、集中或协同执行之一");
      return null;
    }
  }

  static DecisionDraft draft(Job job, Application application, EnforcementMode mode) {
    EnforcementMode proposed = application.getProposedMode() != null
        ? application.getProposedMode() : mode(job.stringVariable("proposedMode"), new ArrayList<>());
    String proposedCourt = application.getProposedExecutingCourtCode() != null
        ? application.getProposedExecutingCourtCode() : job.stringVariable("proposedExecutingCourtCode");
    return new DecisionDraft(
        application.getCategory(),
        proposed == null ? mode : proposed,
        mode,
        job.stringVariable("overrideReason"),
        application.getOriginalCourtCode(),
        application.getCoordinatingCourtCode(),
        proposedCourt,
        trim(job.stringVariable("executingCourtCode")),
        codes(job.stringVariable("participatingCourtCodes")),
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
