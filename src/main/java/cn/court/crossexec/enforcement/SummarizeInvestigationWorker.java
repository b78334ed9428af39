package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** enforcement.summarize-investigation: what the round found, per source, for the executing court's decision. */
@Component
class SummarizeInvestigationWorker implements JobWorker {

  private final CaseSteps steps;
  private final CaseInquiries inquiries;

  SummarizeInvestigationWorker(CaseSteps steps, CaseInquiries inquiries) {
    this.steps = steps;
    this.inquiries = inquiries;
  }

  @Override
  public String topic() {
    return "enforcement.summarize-investigation";
  }

  @Override
  public List<String> variables() {
    return List.of("inquiryRound");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    int round = (int) job.longVariable("inquiryRound");
    List<CaseInquiries.SourceResult> results = inquiries.round(c.getId(), round);
    Map<String, Object> found = inquiries.foundInRound(c.getId(), round);
    long count = ((Number) found.get("found")).longValue();
    long value = ((Number) found.get("value_fen")).longValue();
    String summary = results.stream().map(r -> r.source().label() + "：" + statusText(r.status()))
        .collect(Collectors.joining("；"));
    String flagged = results.stream().filter(r -> r.status().equals("FLAGGED")).map(r -> r.source().label())
        .collect(Collectors.joining("、"));
    steps.record(c.getId(), "INVESTIGATION_SUMMARIZED", "第 " + round + " 轮查控完毕：" + summary
        + "；共查得财产 " + count + " 项，价值约 " + Money.yuan(value), null);
    Map<String, Object> v = new HashMap<>();
    v.put("inquirySummaryText", summary + "。共查得财产 " + count + " 项，价值约 " + Money.yuan(value) + "。");
    v.put("flaggedSourcesText", flagged.isEmpty() ? "无" : flagged + "（多次查询无结果，需人工查询）");
    v.put("recoveredText", Money.yuan(c.getRecoveredFen()));
    v.put("assetsFound", count > 0);
    v.put("forNowErrors", null); // a fresh round: earlier refusals no longer apply
    return JobResult.complete(v);
  }

  static String statusText(String status) {
    return switch (status) {
      case "FOUND" -> "查得财产";
      case "NONE" -> "未查得财产";
      case "FLAGGED" -> "无应答（已标记）";
      case "SENT" -> "查询中";
      default -> "查询失败";
    };
  }
}
