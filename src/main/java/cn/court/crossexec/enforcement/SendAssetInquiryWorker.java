package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetInquiryGateway;
import cn.court.crossexec.gateway.AssetInquiryRequest;
import cn.court.crossexec.gateway.AssetSource;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * enforcement.send-asset-inquiry: one source is asked about the debtor through the asset-inquiry gateway. Each
 * attempt has its own inquiry id, which the answer carries back and the wait in the model is correlated by.
 */
@Component
class SendAssetInquiryWorker implements JobWorker {

  private final CaseSteps steps;
  private final CaseInquiries inquiries;
  private final AssetInquiryGateway gateway;

  SendAssetInquiryWorker(CaseSteps steps, CaseInquiries inquiries, AssetInquiryGateway gateway) {
    this.steps = steps;
    this.inquiries = inquiries;
    this.gateway = gateway;
  }

  @Override
  public String topic() {
    return "enforcement.send-asset-inquiry";
  }

  @Override
  public List<String> variables() {
    return List.of("source", "inquirySources", "inquiryIndex", "inquiryRound", "inquiryAttempt");
  }

  @Override
  public JobResult handle(Job job) {
    EnforcementCase c = steps.theCase(job.businessKey());
    // the first attempt finds its source by its place in the round's list; later attempts have it already
    AssetSource source = job.variable("source") != null ? AssetSource.valueOf(job.stringVariable("source"))
        : AssetSource.valueOf(job.stringVariable("inquirySources").split(",")[(int) job.longVariable("inquiryIndex")]);
    int round = (int) job.longVariable("inquiryRound");
    int attempt = job.variable("inquiryAttempt") == null ? 1 : (int) job.longVariable("inquiryAttempt") + 1;
    String inquiryId = CaseInquiries.inquiryId(c.getId(), round, source, attempt);
    CaseParty debtor = c.getParties().stream().filter(p -> p.getRole().equals("DEBTOR")).findFirst()
        .orElseThrow(() -> new IllegalStateException("case " + c.getId() + " has no debtor"));
    inquiries.sent(c.getId(), inquiryId, round, source, attempt, steps.now());
    gateway.submit(new AssetInquiryRequest(inquiryId, c.getId(), debtor.getName(), debtor.getIdNumber(), Set.of(source)));
    return JobResult.complete(Map.of("inquiryId", inquiryId, "inquiryAttempt", attempt, "source", source.name()));
  }
}
