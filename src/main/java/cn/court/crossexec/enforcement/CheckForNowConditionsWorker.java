package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.BusinessOutcomeException;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * enforcement.check-for-now-conditions: 终结本次执行程序 only when every condition of the 2016 rule holds, judged from
 * the case's records, not from what the completion says:
 *
 * <ul>
 *   <li>notice and asset-report order issued; consumption restriction issued (with the notice or recorded after it);
 *   <li>an investigation done, every source of the latest round answered (a source the inquiry system never answered
 *       needs the court's manual result), no deposit of the case still under an effective freeze (it is to be
 *       deducted, not left), and the court's finding that nothing is disposable;
 *   <li>more than three months (crossexec.enforcement.for-now-min-months) since filing — "more than" holds from the
 *       day after the three months end (LegalCalendar.firstDayAfter); for a case resumed after 终本 the three months
 *       count from the resumption, so it cannot be terminated for now again at once;
 *   <li>the creditor interviewed.
 * </ul>
 *
 * Otherwise BPMN error FOR_NOW_CONDITIONS_UNMET with every unmet condition, back to the executing court.
 */
@Component
class CheckForNowConditionsWorker implements JobWorker {

  static final String UNMET = "FOR_NOW_CONDITIONS_UNMET";

  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final CaseInquiries inquiries;
  private final ControlMeasureRepository measures;

  CheckForNowConditionsWorker(CaseSteps steps, EnforcementProperties limits, CaseInquiries inquiries,
      ControlMeasureRepository measures) {
    this.steps = steps;
    this.limits = limits;
    this.inquiries = inquiries;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "enforcement.check-for-now-conditions";
  }

  @Override
  public List<String> variables() {
    return List.of("noDisposableAssets", "creditorInterviewed", "creditorInterviewedOn", "nextStepDecidedBy", "nextStepReason");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    List<String> unmet = new ArrayList<>();
    if (c.getNoticeServedOn() == null || c.getReportOrderServedOn() == null) {
      unmet.add("未发出执行通知书或报告财产令");
    }
    if (c.getConsumptionRestrictedOn() == null) {
      unmet.add("未发出限制消费令");
    }
    if (c.getInquiryRounds() == 0) {
      unmet.add("财产调查未完成");
    } else {
      for (CaseInquiries.SourceResult r : inquiries.unanswered(c.getId(), c.getInquiryRounds())) {
        unmet.add(r.source().label() + "查询未获答复，应另行查询并登记结果");
      }
    }
    for (ControlMeasure m : measures.findByCaseIdOrderByIdAsc(c.getId())) {
      if (m.getStatus() == MeasureStatus.EFFECTIVE && m.getAssetType() == AssetType.DEPOSIT) {
        unmet.add(m.getAssetType().label() + "“" + m.getAssetDescription() + "”仍在" + m.getKind().label() + "中（"
            + m.getOrderNumber() + "），应先扣划");
      }
    }
    if (!Boolean.TRUE.equals(job.variable("noDisposableAssets"))) {
      unmet.add("尚有可供执行的财产");
    }
    boolean resumed = c.getResumedOn() != null && c.getResumedOn().isAfter(c.getEnforcementFiledOn());
    LocalDate from = resumed ? c.getResumedOn() : c.getEnforcementFiledOn();
    LocalDate earliest = steps.calendar().firstDayAfter(from, Period.ofMonths(limits.forNowMinMonths()));
    if (steps.today().isBefore(earliest)) {
      unmet.add("自" + (resumed ? "恢复执行" : "立案") + "之日起不满 " + limits.forNowMinMonths() + " 个月（"
          + CaseSteps.text(earliest) + " 起方可终本）");
    }
    String interviewedOn = job.stringVariable("creditorInterviewedOn");
    LocalDate interviewed = null;
    if (interviewedOn != null && !interviewedOn.isBlank()) {
      try {
        interviewed = LocalDate.parse(interviewedOn);
      } catch (java.time.format.DateTimeParseException e) {
        unmet.add("约谈日期无效：" + interviewedOn);
      }
    }
    if (!Boolean.TRUE.equals(job.variable("creditorInterviewed")) || interviewed == null) {
      unmet.add("未约谈申请执行人");
    } else if (interviewed.isAfter(steps.today())) {
      unmet.add("约谈日期不能晚于今天");
    }
    if (!unmet.isEmpty()) {
      steps.record(c.getId(), "FOR_NOW_REFUSED", "终本条件不具备：" + String.join("；", unmet), job.stringVariable("nextStepDecidedBy"));
      throw new BusinessOutcomeException(UNMET, String.join("；", unmet));
    }
    c.creditorInterviewed(interviewed);
    return JobResult.complete();
  }
}
