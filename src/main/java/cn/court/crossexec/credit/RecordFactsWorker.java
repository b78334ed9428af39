package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * credit.record-facts: the officer's findings (ability, exclusions, grounds with their evidence, aggravating facts) are
 * checked and recorded; CREDIT_FACTS_INVALID sends the task back with the reasons. Completes with the DMNs' inputs.
 */
@Component
class RecordFactsWorker implements JobWorker {

  private final CreditService credit;

  RecordFactsWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.record-facts";
  }

  @Override
  public JobResult handle(Job job) {
    Map<Ground, String> evidence = new EnumMap<>(Ground.class);
    List<String> unknown = new ArrayList<>();
    Object grounds = job.variables().get("grounds");
    Collection<?> listed = grounds instanceof Collection<?> c ? c
        : grounds == null || grounds.toString().replaceAll("[\\[\\]\"]", "").isBlank() ? List.of()
        : List.of(grounds.toString().replaceAll("[\\[\\]\"]", "").split("[,，\\s]+"));
    for (Object g : listed) {
      try {
        Ground ground = Ground.valueOf(g.toString().trim());
        evidence.put(ground, CreditJobs.text(job, "evidence_" + ground.name()));
      } catch (IllegalArgumentException e) {
        unknown.add(g.toString());
      }
    }
    CreditService.Facts facts = new CreditService.Facts(CreditJobs.bool(job, "ableToPerform"),
        CreditJobs.bool(job, "securityGiven"), CreditJobs.bool(job, "assetsCoverDebt"), CreditJobs.bool(job, "laterInOrder"),
        CreditJobs.bool(job, "minor"), CreditJobs.bool(job, "violenceOrThreats"), CreditJobs.bool(job, "evasion"), evidence,
        unknown);
    return JobResult.complete(credit.recordFacts(CreditJobs.disciplineId(job), facts, job.stringVariable("factsRecordedBy")));
  }
}
