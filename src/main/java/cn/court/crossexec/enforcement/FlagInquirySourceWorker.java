package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetSource;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** enforcement.flag-inquiry-source: a source that never answered after every attempt is flagged for a manual inquiry. */
@Component
class FlagInquirySourceWorker implements JobWorker {

  private final CaseSteps steps;
  private final CaseInquiries inquiries;

  FlagInquirySourceWorker(CaseSteps steps, CaseInquiries inquiries) {
    this.steps = steps;
    this.inquiries = inquiries;
  }

  @Override
  public String topic() {
    return "enforcement.flag-inquiry-source";
  }

  @Override
  public List<String> variables() {
    return List.of("inquiryId", "source", "inquiryAttempt");
  }

  @Override
  public JobResult handle(Job job) {
    AssetSource source = AssetSource.valueOf(job.stringVariable("source"));
    inquiries.settled(job.stringVariable("inquiryId"), "FLAGGED", steps.now());
    steps.record(job.businessKey(), "INQUIRY_SOURCE_FLAGGED", source.label() + "查询 " + job.stringVariable("inquiryAttempt")
        + " 次均无结果，请执行法院另行人工查询", null);
    return JobResult.complete();
  }
}
