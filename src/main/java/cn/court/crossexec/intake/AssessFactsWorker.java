package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * intake.assess-facts: the facts the eligibility decision needs that no one states — how many months the case has
 * really been in enforcement (excluded periods removed), and the other open cases against the same debtor at other
 * courts (series detection, with a proposal to centralize them).
 */
@Component
class AssessFactsWorker implements JobWorker {

  /** Cases named in the log line; a debtor with hundreds of cases would overflow it (the count is always given). */
  private static final int LISTED = 20;

  private final IntakeSteps steps;
  private final ApplicationRepository applications;
  private final CourtService courts;

  AssessFactsWorker(IntakeSteps steps, ApplicationRepository applications, CourtService courts) {
    this.steps = steps;
    this.applications = applications;
    this.courts = courts;
  }

  @Override
  public String topic() {
    return "intake.assess-facts";
  }

  @Override
  public List<String> variables() {
    return List.of("applicationId");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    int months = StallPeriod.effectiveMonths(application.getFiledOn(), steps.now().toLocalDate(),
        application.getExcludedPeriods().stream()
            .map(p -> new StallPeriod.Excluded(p.getFromDate(), p.getToDate()))
            .toList());
    application.stallMeasured(months, steps.now());

    List<String> debtorIds = application.getParties().stream()
        .filter(p -> p.getRole() == PartyRole.DEBTOR).map(ApplicationParty::getIdNumber).toList();
    List<Application> related = applications.findOpenAgainstDebtors(debtorIds, application.getId()).stream()
        .filter(other -> !other.getCaseNumber().equals(application.getCaseNumber()))
        .toList();
    long atOtherCourts = related.stream()
        .filter(other -> !other.getOriginalCourtCode().equals(application.getOriginalCourtCode())).count();
    String summary = related.isEmpty()
        ? "未发现针对同一被执行人的其他未结案件"
        : "发现针对同一被执行人的其他未结案件 " + related.size() + " 件（其中其他法院 " + atOtherCourts + " 件）："
            + related.stream().limit(LISTED)
                .map(o -> o.getCaseNumber() + "（" + courts.get(o.getOriginalCourtCode()).name() + "）")
                .collect(Collectors.joining("、"))
            + (related.size() > LISTED ? "等" : "") + "。建议集中执行、统一处置。";
    steps.record(application.getId(), "FACTS_ASSESSED",
        "扣除不计入期间后已执行 " + months + " 个月；" + summary, null);
    return JobResult.complete(Map.of(
        "effectiveStallMonths", months,
        "seriesCaseCount", (int) atOtherCourts,
        "seriesSummary", summary));
  }
}
