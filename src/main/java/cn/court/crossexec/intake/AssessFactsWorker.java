package cn.court.crossexec.intake;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
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
  private final LegalCalendar calendar;
  private final IntakeProperties limits;

  AssessFactsWorker(IntakeSteps steps, ApplicationRepository applications, CourtService courts, LegalCalendar calendar,
      IntakeProperties limits) {
    this.steps = steps;
    this.applications = applications;
    this.courts = courts;
    this.calendar = calendar;
    this.limits = limits;
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
    // judged as of the day the superior court received the application, not of a later supplement
    LocalDate judgedOn = calendar.dayOf(application.getCreatedAt());
    LocalDate receivedOn = application.getOriginalCourtReceivedOn();
    List<StallPeriod.Excluded> excluded = application.getExcludedPeriods().stream()
        .map(p -> new StallPeriod.Excluded(p.getFromDate(), p.getToDate()))
        .toList();
    int months = StallPeriod.exceededMonths(calendar, receivedOn, judgedOn, excluded);
    LocalDate eligibleFrom = StallPeriod.moreThan(calendar, receivedOn, limits.statutoryStallMonths(),
        StallPeriod.excludedDays(receivedOn, judgedOn, excluded));
    application.stallMeasured(months, eligibleFrom, steps.now());

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
        "自原执行法院收到执行申请（" + CourtClock.text(receivedOn) + "）至本院收到申请（" + CourtClock.text(judgedOn)
            + "），扣除不计入期间后已超过 " + months + " 个月；自" + CourtClock.text(eligibleFrom) + "起超过"
            + limits.statutoryStallMonths() + "个月；" + summary, null);
    return JobResult.complete(Map.of(
        "effectiveStallMonths", months,
        "stallEligibleFromText", CourtClock.text(eligibleFrom),
        "seriesCaseCount", (int) atOtherCourts,
        "seriesSummary", summary));
  }
}
