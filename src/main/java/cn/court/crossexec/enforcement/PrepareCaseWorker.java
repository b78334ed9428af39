package cn.court.crossexec.enforcement;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.platform.Groups;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * enforcement.prepare-case: the case's process starts (the executing court files the case): the groups the tasks
 * go to, the texts the forms show, the limits from configuration (crossexec.enforcement.*) as due dates and
 * durations, and the six-month limit on the case. Also the start of a case brought back after its process had ended
 * (a case terminated for now after its five years of re-queries, or one opened before its process existed).
 */
@Component
class PrepareCaseWorker implements JobWorker {

  private final CaseSteps steps;
  private final CourtService courts;
  private final EnforcementProperties limits;
  private final CaseLifecycleService lifecycle;

  PrepareCaseWorker(CaseSteps steps, CourtService courts, EnforcementProperties limits, CaseLifecycleService lifecycle) {
    this.steps = steps;
    this.courts = courts;
    this.limits = limits;
    this.lifecycle = lifecycle;
  }

  @Override
  public String topic() {
    return "enforcement.prepare-case";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    c.limit(lifecycle.dueOn(c));
    LocalDate handlerDue = steps.lastDay(steps.today(), limits.handlerPeriod());
    Map<String, Object> v = new HashMap<>();
    v.put("caseId", c.getId());
    v.put("caseNumber", c.getCaseNumber());
    v.put("enforcementNumber", c.getEnforcementNumber());
    v.put("executingCourtGroup", Groups.court(c.getExecutingCourtCode()));
    v.put("commandCentreGroup", Groups.commandCentre(c.getCoordinatingCourtCode()));
    v.put("presidentGroup", Groups.president(c.getExecutingCourtCode()));
    v.put("executingCourtName", courts.get(c.getExecutingCourtCode()).name());
    v.put("coordinatingCourtName", courts.get(c.getCoordinatingCourtCode()).name());
    v.put("originalCourtName", courts.get(c.getOriginalCourtCode()).name());
    v.put("modeLabel", CaseLabels.mode(c.getMode()));
    v.put("categoryLabel", CaseLabels.category(c.getCategory()));
    v.put("applicantsText", parties(c, "APPLICANT"));
    v.put("debtorsText", parties(c, "DEBTOR"));
    v.put("amountClaimedText", Money.yuan(c.getAmountClaimedFen()));
    v.put("filedOnText", CaseSteps.text(c.getEnforcementFiledOn()));
    v.put("participatingCourtsText", c.getCourts().stream()
        .map(k -> courts.get(k.getCourtCode()).name() + "（" + k.getCourtCode() + "，" + CaseLabels.role(k.getRole()) + "）")
        .collect(Collectors.joining("、")));
    v.put("courtChoicesText", courtChoices(c.getCoordinatingCourtCode()));
    v.put("handlerDueAt", steps.endOf(handlerDue));
    v.put("handlerDueText", CaseSteps.text(handlerDue));
    // a case terminated for now whose process had ended (five years of re-queries over) starts again as resumed
    boolean resumed = c.getStatus() == CaseStatus.TERMINATED_FOR_NOW;
    if (resumed) {
      c.resume(steps.today());
      steps.record(c.getId(), "RESUMED", "恢复执行（终本后复查期满后重新启动）", null);
    }
    v.put("resumed", resumed);
    v.put("requeryPeriod", limits.requeryPeriod().toString());
    steps.record(c.getId(), "ENFORCEMENT_STARTED", courts.get(c.getExecutingCourtCode()).name() + "立案执行，执行期限至 "
        + c.getLimitDueOn() + "；应于 " + handlerDue + " 前指定承办人", null);
    return JobResult.complete(v);
  }

  private String courtChoices(String coordinating) {
    return courts.findAll().stream()
        .filter(k -> k.code().equals(coordinating) || courts.isUnder(k.code(), coordinating))
        .map(k -> k.name() + " " + k.code())
        .collect(Collectors.joining("；"));
  }

  private static String parties(EnforcementCase c, String role) {
    return c.getParties().stream().filter(p -> p.getRole().equals(role)).map(CaseParty::getName).collect(Collectors.joining("、"));
  }
}
