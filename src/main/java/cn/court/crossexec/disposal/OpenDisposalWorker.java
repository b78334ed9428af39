package cn.court.crossexec.disposal;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.open: the called instance learns which disposal it is (disposalIds[disposalIndex]) and how it goes: held
 * for the bankruptcy screening, realized directly (a deposit, perishable goods), or valued and auctioned — with the
 * valuation due within the configured period of the seizure.
 */
@Component
class OpenDisposalWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final DisposalProperties properties;

  OpenDisposalWorker(Disposals disposals, DisposalSteps steps, DisposalProperties properties) {
    this.disposals = disposals;
    this.steps = steps;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return "disposal.open";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalIds", "disposalIndex", "disposalId");
  }

  @Override
  public JobResult handle(Job job) {
    String disposalId = job.stringVariable("disposalId") != null ? job.stringVariable("disposalId")
        : job.stringVariable("disposalIds").split(",")[(int) job.longVariable("disposalIndex")];
    Disposal d = steps.disposal(disposalId);
    String hold = d.coreAssetHold() == null ? "NONE" : d.coreAssetHold();
    String holdState = "HELD".equals(hold) ? "HELD" : "RETAINED".equals(hold) ? "RETAINED" : "NONE";
    boolean direct = d.assetClass() == AssetClass.DEPOSIT || d.perishable();
    if ("HELD".equals(holdState)) {
      disposals.status(d.id(), DisposalStatus.HELD);
      steps.record(d.caseId(), "DISPOSAL_HELD", d.label() + "经破产审查标记为有挽救价值企业的核心资产，暂缓处置至审查作出决定");
    } else {
      steps.record(d.caseId(), "DISPOSAL_OPENED", "开始处置" + d.label() + (direct ? "：直接变现" : "：确定参考价后网络司法拍卖"));
    }
    java.time.LocalDate valuationDue = steps.lastDay(d.seizedOn(), properties.valuationStartPeriod());
    Map<String, Object> v = new HashMap<>();
    v.put("disposalId", d.id());
    v.put("caseNumber", steps.facts(d.caseId()).caseNumber());
    v.put("assetLabel", d.label());
    v.put("assetClassLabel", d.assetClass().label());
    v.put("perishableText", d.perishable() ? "鲜活、易腐烂变质或季节性商品，可及时变卖" : "否");
    v.put("holdState", holdState);
    v.put("directRealization", direct);
    v.put("seizedOnText", DisposalSteps.text(d.seizedOn()));
    v.put("valuationDueAt", steps.endOf(valuationDue));
    v.put("valuationDueText", DisposalSteps.text(valuationDue) + "24时前启动确定参考价（查封后 " + properties.valuationStartPeriod().getDays() + " 日内）");
    v.put("referencePriceProblem", DisposalSteps.NO_PROBLEM);
    return JobResult.complete(v);
  }
}
