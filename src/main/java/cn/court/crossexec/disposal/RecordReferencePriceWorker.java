package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.record-reference-price: records the reference price and its method, serves it on the parties (the
 * objection period runs from today), and prepares the first auction's plan. A price without a usable method or
 * basis goes back to the court with the reasons (BPMN error REFERENCE_PRICE_INVALID).
 */
@Component
class RecordReferencePriceWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final DisposalProperties properties;

  RecordReferencePriceWorker(Disposals disposals, DisposalSteps steps, DisposalProperties properties) {
    this.disposals = disposals;
    this.steps = steps;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "disposal.record-reference-price";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "valuationMethod", "referencePriceYuan", "valuationBasis", "negotiationNotUsedReason",
        "directedInquiryNotUsedReason", "onlineInquiryNotUsedReason");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    List<String> problems = new ArrayList<>();
    ValuationMethod method = null;
    try {
      method = ValuationMethod.valueOf(String.valueOf(job.stringVariable("valuationMethod")));
    } catch (IllegalArgumentException e) {
      problems.add("请选择确定参考价的方式");
    }
    long priceFen = 0;
    try {
      priceFen = Money.fenOfYuan(job.variable("referencePriceYuan"));
      if (priceFen <= 0) {
        problems.add("参考价应大于零");
      }
    } catch (IllegalArgumentException e) {
      problems.add("参考价：" + e.getMessage());
    }
    String basis = job.stringVariable("valuationBasis");
    if (basis == null || basis.isBlank()) {
      problems.add("请写明依据（议价协议、询价或评估报告编号）" + (method != null && method != ValuationMethod.NEGOTIATION
          ? "及未采用在先方式的理由" : ""));
    }
    // the methods in the law's order: a later one needs the reason each earlier one was not used
    List<String> skipped = new ArrayList<>();
    if (method != null) {
      for (ValuationMethod earlier : method.earlier()) {
        String reason = job.stringVariable(earlier.notUsedReasonVariable());
        if (reason == null || reason.isBlank()) {
          problems.add("采用" + method.label() + "的，应写明未采用" + earlier.label() + "的理由");
        } else if (reason.trim().length() > 1000) {
          problems.add("未采用" + earlier.label() + "的理由最多1000字");
        } else {
          skipped.add("未采用" + earlier.label() + "：" + reason.trim());
        }
      }
    }
    if (!problems.isEmpty()) {
      return JobResult.bpmnError("REFERENCE_PRICE_INVALID", String.join("；", problems),
          Map.of("referencePriceProblem", String.join("；", problems)));
    }
    OffsetDateTime now = steps.now();
    String objectionEndsAt = steps.endOfPeriodFromToday(properties.priceObjectionPeriod());
    disposals.priced(d.id(), method.name(), basis.trim(), priceFen, now, OffsetDateTime.parse(objectionEndsAt));
    String reasons = skipped.isEmpty() ? null : String.join("；", skipped);
    disposals.skippedValuationMethods(d.id(), reasons);
    steps.record(d.caseId(), "REFERENCE_PRICE_SET", d.label() + "参考价 " + Money.yuan(priceFen) + "（" + method.label()
        + (reasons == null ? "" : "；" + reasons) + "），已送达当事人；异议期 " + properties.priceObjectionPeriod().getDays()
        + " 日，至 " + DisposalSteps.text(steps.lastDayFromToday(properties.priceObjectionPeriod())) + "24时止");
    Map<String, Object> v = steps.planVariables(steps.disposal(d.id()), 1, false, null, properties.auctionStartPeriod());
    v.put("priceObjectionEndsAt", objectionEndsAt);
    v.put("referencePriceProblem", DisposalSteps.NO_PROBLEM);
    return JobResult.complete(v);
  }
}
