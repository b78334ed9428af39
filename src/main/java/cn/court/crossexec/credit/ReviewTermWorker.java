package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** credit.review-term: the term over (paused while suspended) or the debt paid ends the discipline; else next reviewAt. */
@Component
class ReviewTermWorker implements JobWorker {

  private final CreditService credit;

  ReviewTermWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.review-term";
  }

  @Override
  public List<String> variables() {
    return List.of("disciplineId");
  }

  @Override
  public JobResult handle(Job job) {
    String id = CreditJobs.disciplineId(job);
    Optional<RemovalCause> cause = credit.reviewTerm(id);
    if (cause.isPresent()) {
      return JobResult.complete(Map.of("termEnded", true, "removalCause", cause.get().name()));
    }
    return JobResult.complete(Map.of("termEnded", false, "reviewAt", credit.nextReview(id).toString()));
  }
}
