package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** credit.remove: the entry removed for its cause, the withdrawal pushed at once, credit repair recorded. */
@Component
class RemoveListingWorker implements JobWorker {

  private final CreditService credit;

  RemoveListingWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.remove";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId", "removalConfirmedBy");
  }

  @Override
  public JobResult handle(Job job) {
    RemovalCause cause = credit.remove(CreditJobs.disciplineId(job), job.stringVariable("removalConfirmedBy"));
    return JobResult.complete(Map.of("removalCause", cause.name()));
  }
}
