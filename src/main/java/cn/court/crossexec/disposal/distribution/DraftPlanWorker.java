package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Claim;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * distribution.draft-plan: the claims window is closed; the plan is drafted from what each claim still lacks, under the
 * ordering rule the reviewing officer chose (at first the distribution's own), stored, and shown to the officer.
 */
@Component
class DraftPlanWorker implements JobWorker {

  private final DistributionSteps steps;
  private final DistributionRecords records;
  private final DistributionPlans plans;

  private final SeizureOrderEligibility eligibility;
  private final DistributionCases cases;

  private final DistributionDisposals disposals;

  DraftPlanWorker(DistributionSteps steps, DistributionRecords records, DistributionPlans plans,
      SeizureOrderEligibility eligibility, DistributionCases cases, DistributionDisposals disposals) {
    this.disposals = disposals;
    this.steps = steps;
    this.records = records;
    this.plans = plans;
    this.eligibility = eligibility;
    this.cases = cases;
  }

  @Override
  public String topic() {
    return "distribution.draft-plan";
  }

  @Override
  public List<String> variables() {
    return List.of("distributionId", "orderingRule");
  }

  @Override
  public JobResult handle(Job job) {
    Distribution d = steps.lock(job.stringVariable("distributionId"));
    String chosen = job.stringVariable("orderingRule");
    OrderingRule rule = chosen == null ? d.rule() : OrderingRule.valueOf(chosen);
    // the order of seizure only for a corporate debtor whose transfer to bankruptcy failed (art. 514): checked here,
    // whatever the completion sent; otherwise the plan is drafted pro rata and the reason shown
    String ruleProblem = rule == OrderingRule.SEIZURE_ORDER
        ? eligibility.problem(cases.theCase(d.caseId())).orElse(null) : null;
    if (ruleProblem != null) {
      rule = OrderingRule.PRO_RATA;
    }
    if (rule != d.rule()) {
      records.setRule(d.id(), rule);
    }
    List<Claim> open = records.claimsOf(d.caseId()).stream().filter(c -> c.remainingFen() > 0).toList();
    List<ClaimInput> inputs = open.stream().map(Claim::input).toList();
    Plan plan = DistributionCalculator.plan(proceeds(d), inputs, rule);
    plans.store(d.id(), plan);
    steps.record(d.caseId(), "DISTRIBUTION_PLAN_DRAFTED", "制作分配方案（第 " + (d.planVersion() + 1) + " 稿，" + rule.label()
        + "，债权人 " + open.size() + " 位）");
    Map<String, Object> variables = new HashMap<>();
    String planText = PlanText.of(plan, open.stream().collect(Collectors.toMap(Claim::id, Function.identity())), d.caseId());
    variables.put("planText", ruleProblem == null ? planText : "**未采用按查封先后顺序清偿：" + ruleProblem + "**\n\n" + planText);
    variables.put("orderingRule", rule.name());
    variables.put("draftedRule", rule.name());
    variables.put("planApproved", false); // each draft is approved on its own
    return JobResult.complete(variables);
  }

  /**
   * The distributable sum as the proceeds of its disposals (a claim secured on one of them is paid from it), and what
   * the sum holds beyond them as proceeds of no asset. A sum smaller than its disposals' proceeds (not opened so) is
   * planned as one pool.
   */
  private List<DistributionCalculator.Proceeds> proceeds(Distribution d) {
    List<DistributionCalculator.Proceeds> proceeds = new ArrayList<>(disposals.proceedsOf(d.id()));
    long ofDisposals = proceeds.stream().mapToLong(DistributionCalculator.Proceeds::fen).sum();
    if (ofDisposals > d.distributableFen()) {
      return List.of(new DistributionCalculator.Proceeds(null, d.distributableFen()));
    }
    if (d.distributableFen() > ofDisposals) {
      proceeds.add(new DistributionCalculator.Proceeds(null, d.distributableFen() - ofDisposals));
    }
    return proceeds;
  }
}
