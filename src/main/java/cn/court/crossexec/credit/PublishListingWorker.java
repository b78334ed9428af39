package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** credit.publish: publication (through the credit-platform push) and consumption restriction; completes with reviewAt. */
@Component
class PublishListingWorker implements JobWorker {

  private final CreditService credit;

  PublishListingWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.publish";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId");
  }

  @Override
  public JobResult handle(Job job) {
    return JobResult.complete(Map.of("reviewAt", credit.publish(CreditJobs.disciplineId(job)).toString()));
  }
}
