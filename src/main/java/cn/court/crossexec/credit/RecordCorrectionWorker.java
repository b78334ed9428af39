package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * credit.record-correction: the review of a correction request. CREDIT_WRONG_LISTING (the listing was wrong) leaves the
 * discipline for removal at once; CREDIT_CORRECTION_INVALID sends the review back with the reasons.
 */
@Component
class RecordCorrectionWorker implements JobWorker {

  private final CreditService credit;

  RecordCorrectionWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.record-correction";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId", "listingWrong", "correctionNote", "correctionReviewedBy");
  }

  @Override
  public JobResult handle(Job job) {
    credit.recordCorrection(CreditJobs.disciplineId(job), CreditJobs.bool(job, "listingWrong"),
        CreditJobs.text(job, "correctionNote"), job.stringVariable("correctionReviewedBy"));
    Map<String, Object> v = new HashMap<>();
    v.put("correctionErrors", null);
    return JobResult.complete(v);
  }
}
