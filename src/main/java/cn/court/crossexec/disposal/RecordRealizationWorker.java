package cn.court.crossexec.disposal;

import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** disposal.record-realization: a deposit deducted or perishable goods sold at once; the money awaits distribution. */
@Component
class RecordRealizationWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final ControlMeasureService measures;

  RecordRealizationWorker(Disposals disposals, DisposalSteps steps, ControlMeasureService measures) {
    this.disposals = disposals;
    this.steps = steps;
    this.measures = measures;
  }

  @Override
  public String topic() {
    return "disposal.record-realization";
  }

  @Override
  public List<String> variables() {
    return List.of("disposalId", "realizationMethod", "realizedYuan", "realizationNote");
  }

  @Override
  public JobResult handle(Job job) {
    Disposal d = steps.disposal(job.stringVariable("disposalId"));
    if (d.status().isFinal()) {
      return JobResult.complete(); // recorded by an earlier attempt
    }
    long fen = Money.fenOfYuan(job.variable("realizedYuan"));
    boolean deduction = "DEDUCTION".equals(job.stringVariable("realizationMethod"));
    String how = deduction ? "扣划" : "及时变卖";
    disposals.close(d.id(), DisposalStatus.REALIZED, fen, how + "：" + job.stringVariable("realizationNote"), steps.now());
    steps.promptWaitingCreditors(d, measures.endWithDisposal(d.measureId(), how, null), how);
    steps.record(d.caseId(), "DISPOSAL_REALIZED", d.label() + "已" + how + "，价款 " + Money.yuan(fen));
    return JobResult.complete();
  }
}
