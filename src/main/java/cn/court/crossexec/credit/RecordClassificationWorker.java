package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.stereotype.Component;

/** credit.record-classification: records the classification DMN's result and reason (the officer sees why). */
@Component
class RecordClassificationWorker implements JobWorker {

  private final CreditService credit;

  RecordClassificationWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.record-classification";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId", "classification", "classificationReason");
  }

  @Override
  public JobResult handle(Job job) {
    credit.recordClassification(CreditJobs.disciplineId(job), job.stringVariable("classification"),
        job.stringVariable("classificationReason"));
    return JobResult.complete();
  }
}
