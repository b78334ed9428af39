package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * disposal.summarize: the money the disposals brought (proceeds and forfeited deposits) and no distribution has
 * taken yet opens a distribution among the creditors — its own process, which outlives the case's if the applicant
 * is paid in full before the other creditors.
 */
@Component
class SummarizeDisposalsWorker implements JobWorker {

  private final Disposals disposals;
  private final DisposalSteps steps;
  private final DistributionService distribution;

  SummarizeDisposalsWorker(Disposals disposals, DisposalSteps steps, DistributionService distribution) {
    this.disposals = disposals;
    this.steps = steps;
    this.distribution = distribution;
  }

  @Override
  public String topic() {
    return "disposal.summarize";
  }

  @Override
  public List<String> variables() {
    return List.of("caseId");
  }

  @Override
  public JobResult handle(Job job) {
    String caseId = job.businessKey();
    List<Disposal> money = disposals.undistributed(caseId);
    long total = 0;
    for (Disposal d : money) {
      total = Math.addExact(total, d.distributableFen());
    }
    if (total == 0) {
      steps.record(caseId, "DISPOSAL_SUMMARIZED", "财产处置完毕，无待分配价款");
      return JobResult.complete(Map.of("distributableFen", 0L));
    }
    String distributionId = distribution.open(caseId, total, money.stream().map(Disposal::id).toList(), SystemActor.ID);
    steps.record(caseId, "DISPOSAL_SUMMARIZED", "财产处置完毕，待分配价款 " + Money.yuan(total) + "，启动参与分配");
    return JobResult.complete(Map.of("distributableFen", total, "distributionId", distributionId));
  }
}
