package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetInquiryAnswer;
import cn.court.crossexec.gateway.AssetInquiryAnswers;
import cn.court.crossexec.gateway.AssetSource;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * enforcement.record-inquiry-outcome: reads the stored answer of this attempt — also one that arrived before the
 * model began to wait, so no answer is ever lost — adds what was found to the case, and tells the model the
 * outcome: FOUND, NONE, FAILED, or TIMEOUT when the source has not answered.
 */
@Component
class RecordInquiryOutcomeWorker implements JobWorker {

  private final CaseSteps steps;
  private final CaseInquiries inquiries;
  private final AssetInquiryAnswers answers;

  RecordInquiryOutcomeWorker(CaseSteps steps, CaseInquiries inquiries, AssetInquiryAnswers answers) {
    this.steps = steps;
    this.inquiries = inquiries;
    this.answers = answers;
  }

  @Override
  public String topic() {
    return "enforcement.record-inquiry-outcome";
  }

  @Override
  public List<String> variables() {
    return List.of("inquiryId", "source", "inquiryAttempt");
  }

  @Override
  public JobResult handle(Job job) {
    String caseId = job.businessKey();
    String inquiryId = job.stringVariable("inquiryId");
    AssetSource source = AssetSource.valueOf(job.stringVariable("source"));
    var answer = answers.find(inquiryId, source);
    String outcome = answer.map(a -> a.outcome().name()).orElse("TIMEOUT");
    inquiries.settled(inquiryId, outcome, steps.now());
    if (answer.isPresent() && answer.get().outcome() == AssetInquiryAnswer.Outcome.FOUND) {
      long value = inquiries.addFindings(caseId, inquiryId, answer.get().findings(), steps.now());
      steps.record(caseId, "ASSETS_FOUND", source.label() + "：查询到 " + answer.get().findings().size() + " 项财产，价值约 "
          + Money.yuan(value), null);
    } else if (!outcome.equals("NONE")) {
      steps.record(caseId, "INQUIRY_UNANSWERED", source.label() + "第 " + job.stringVariable("inquiryAttempt") + " 次查询"
          + (outcome.equals("TIMEOUT") ? "未在期限内答复" : "失败：" + answer.get().message()), null);
    }
    return JobResult.complete(Map.of("inquiryOutcome", outcome));
  }
}
