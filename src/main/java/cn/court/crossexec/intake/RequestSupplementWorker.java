package cn.court.crossexec.intake;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * intake.request-supplement: the applicant is told what is missing and by when; the model's timer fires at the same
 * moment (supplementDueDate, 24:00 court time of the last day by the legal calendar).
 */
@Component
class RequestSupplementWorker implements JobWorker {

  private final IntakeSteps steps;
  private final IntakeProperties limits;
  private final LegalCalendar calendar;

  RequestSupplementWorker(IntakeSteps steps, IntakeProperties limits, LegalCalendar calendar) {
    this.steps = steps;
    this.limits = limits;
    this.calendar = calendar;
  }

  @Override
  public String topic() {
    return "intake.request-supplement";
  }

  @Override
  public List<String> variables() {
    return List.of("missingMaterialText");
  }

  @Override
  public JobResult handle(Job job) {
    Application application = steps.application(job.businessKey());
    String missing = job.stringVariable("missingMaterialText");
    // counted from the day after the request; ends at 24:00 court time of the last day, moved off rest days
    LocalDate due = calendar.lastDay(calendar.dayOf(steps.now()), limits.supplementPeriod());
    String dueText = CourtClock.text(due) + "24时";
    application.awaitSupplement(missing, due, steps.now());
    steps.record(application.getId(), "SUPPLEMENT_REQUESTED", "请于" + dueText + "前补正：" + missing, null);
    return JobResult.complete(Map.of(
        "supplementDueDate", calendar.endOfDay(due).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        "supplementDueText", dueText));
  }
}
