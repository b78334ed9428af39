package cn.court.crossexec.intake;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * intake.propose-courts: records the DMN's eligibility and category on the application, proposes the executing
 * (and participating) courts for the proposed mode, and pre-fills the coordinator's review form with the proposal.
 */
@Component
class ProposeCourtsWorker implements JobWorker {

  private final IntakeSteps steps;
  private final CourtAssignment assignment;
  private final IntakeProperties limits;
  private final LegalCalendar calendar;

  ProposeCourtsWorker(IntakeSteps steps, CourtAssignment assignment, IntakeProperties limits, LegalCalendar calendar) {
    this.steps = steps;
    this.assignment = assignment;
    this.limits = limits;
    this.calendar = calendar;
  }

  @Override
  public String topic() {
    return "intake.propose-courts";
  }

  @Override
  public List<String> variables() {
    return List.of("eligible", "category", "eligibilityReason", "proposedMode", "outsideLocality", "modeReason",
        "effectiveStallMonths");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    boolean eligible = Boolean.TRUE.equals(job.variable("eligible"));
    CaseCategory category = CaseCategory.valueOf(job.stringVariable("category"));
    EnforcementMode mode = EnforcementMode.valueOf(job.stringVariable("proposedMode"));
    boolean outsideLocality = Boolean.TRUE.equals(job.variable("outsideLocality"))
        || DecisionRules.outsideLocalityRequired(category, mode);
    String reason = job.stringVariable("eligibilityReason");
    application.assessed(eligible, category, reason, (int) job.longVariable("effectiveStallMonths"), steps.now());

    CourtAssignment.Proposal proposal = assignment.propose(mode, application.getOriginalCourtCode(),
        application.getCoordinatingCourtCode(), outsideLocality);
    // the review period runs from today (not counted) and ends at 24:00 court time of its last day
    LocalDate reviewLastDay = calendar.lastDay(calendar.dayOf(steps.now()), limits.reviewPeriod());
    application.proposed(mode, proposal.executingCourtCode(), reviewLastDay, steps.now());
    Map<String, Long> load = assignment.caseload();
    String candidates = proposal.candidates().isEmpty()
        ? "（辖区内无符合条件的法院）"
        : proposal.candidates().stream()
            .map(c -> c.name() + "〔" + c.code() + "，在办交叉执行案件 " + load.getOrDefault(c.code(), 0L) + " 件〕")
            .collect(Collectors.joining("；"));
    steps.record(application.getId(), "ASSESSED",
        (eligible ? "符合" : "不符合") + "交叉执行条件；类型：" + category.label() + "；建议：" + mode.label()
            + "，执行法院 " + proposal.executingCourtCode(), null);

    Map<String, Object> v = new HashMap<>();
    v.put("eligibilityText", (eligible ? "建议受理。" : "建议不予交叉执行。") + reason);
    v.put("categoryLabel", category.label());
    v.put("proposedModeLabel", mode.label());
    v.put("mode", mode.name());
    v.put("proposedExecutingCourtCode", proposal.executingCourtCode());
    v.put("executingCourtCode", proposal.executingCourtCode());
    v.put("participatingCourtCodes", String.join(",", proposal.participatingCourtCodes()));
    v.put("candidateCourtsText", candidates);
    v.put("reviewDueDate", calendar.endOfDay(reviewLastDay).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    v.put("reviewDueText", CourtClock.text(reviewLastDay) + "24时");
    return JobResult.complete(v);
  }
}
