package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetSource;
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
 * enforcement.open-inquiry-round: a new round of the online asset inquiry (网络执行查控) — the sources to ask
 * (crossexec.enforcement.inquiry-sources), how long each may take, and when the investigation is due (1 month).
 */
@Component
class OpenInquiryRoundWorker implements JobWorker {

  private final CaseSteps steps;
  private final EnforcementProperties limits;

  OpenInquiryRoundWorker(CaseSteps steps, EnforcementProperties limits) {
    this.steps = steps;
    this.limits = limits;
  }

  @Override
  public String topic() {
    return "enforcement.open-inquiry-round";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    int round = c.nextInquiryRound();
    LocalDate due = steps.lastDay(steps.today(), limits.investigationPeriod());
    Map<String, Object> v = new HashMap<>();
    v.put("inquiryRound", round);
    v.put("inquirySources", limits.inquirySources().stream().map(AssetSource::name).collect(Collectors.joining(",")));
    v.put("inquirySourceCount", limits.inquirySources().size());
    v.put("inquiryAnswerTimeout", limits.inquiryAnswerTimeout().toString());
    v.put("inquiryRetryDelay", limits.inquiryRetryDelay().toString());
    v.put("inquiryMaxAttempts", limits.inquiryMaxAttempts());
    v.put("investigationDueAt", steps.endOf(due));
    steps.record(c.getId(), "INQUIRY_ROUND_OPENED", "第 " + round + " 轮网络执行查控："
        + limits.inquirySources().stream().map(AssetSource::label).collect(Collectors.joining("、")), null);
    return JobResult.complete(v);
  }
}
