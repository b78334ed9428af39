package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** enforcement.record-notice: the enforcement notice and the asset-report order were served (and maybe the consumption restriction). */
@Component
class RecordNoticeWorker implements JobWorker {

  private final CaseSteps steps;

  RecordNoticeWorker(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return "enforcement.record-notice";
  }

  @Override
  public List<String> variables() {
    return List.of("noticeServedOn", "reportOrderServedOn", "consumptionRestrictionIssued", "noticeNote", "noticeServedBy");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    LocalDate notice = LocalDate.parse(job.stringVariable("noticeServedOn"));
    LocalDate order = LocalDate.parse(job.stringVariable("reportOrderServedOn"));
    boolean restricted = Boolean.TRUE.equals(job.variable("consumptionRestrictionIssued"));
    c.noticeServed(notice, order, restricted ? notice : null);
    String note = job.stringVariable("noticeNote");
    steps.record(c.getId(), "NOTICE_SERVED", "执行通知书 " + notice + " 送达，报告财产令 " + order + " 送达"
        + (restricted ? "，同时发出限制消费令" : "") + (note == null || note.isBlank() ? "" : "；" + note),
        job.stringVariable("noticeServedBy"));
    return JobResult.complete();
  }
}
