package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** credit.notify-grace: the debtor is told of the grace period; completes with graceEndsAt (the legal calendar). */
@Component
class NotifyGraceWorker implements JobWorker {

  private final CreditService credit;

  NotifyGraceWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.notify-grace";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId", "graceMonths");
  }

  @Override
  public JobResult handle(Job job) {
    Integer months = CreditJobs.integer(job, "graceMonths");
    if (months == null) {
      throw new IllegalStateException("credit.notify-grace without graceMonths");
    }
    return JobResult.complete(Map.of("graceEndsAt", credit.notifyGrace(CreditJobs.disciplineId(job), months).toString()));
  }
}
