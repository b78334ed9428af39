package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.workflow.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;

/**
 * The screening of an enterprise debtor, decided on the server from the recorded facts by
 * {@code bpmn/bankruptcy-screening.dmn}, never from outcome variables a task completion carries. A standalone DMN
 * engine, so it works the same in a worker process without the process engine.
 */
@Component
class BankruptcyScreening {

  /** What the screening reads: the court's findings and the facts of the cases against the debtor. */
  record Facts(long assetsFoundFen, long debtsFen, boolean stillOperating, boolean booksKept, boolean staffRemaining,
      int employees, boolean brandOrLicences, int terminatedForNowCount, int openCases, int oldestCaseAgeMonths) {

    Map<String, Object> asVariables() {
      Map<String, Object> v = new HashMap<>();
      v.put("assetsFoundFen", assetsFoundFen);
      v.put("debtsFen", debtsFen);
      v.put("stillOperating", stillOperating);
      v.put("booksKept", booksKept);
      v.put("staffRemaining", staffRemaining);
      v.put("employees", employees);
      v.put("brandOrLicences", brandOrLicences);
      v.put("terminatedForNowCount", terminatedForNowCount);
      v.put("openCases", openCases);
      v.put("oldestCaseAgeMonths", oldestCaseAgeMonths);
      return v;
    }
  }

  /** The one outcome (NOT_INSOLVENT, ZOMBIE, VIABLE), the rule that fired and its reason. */
  record Outcome(String outcome, String rule, String reason) {}

  private final DecisionTable table = DecisionTable.of("bankruptcy-screening");

  Outcome screen(Facts facts) {
    DmnDecisionRuleResult r = table.singleResult(facts.asVariables());
    if (r == null) {
      throw new IllegalStateException("bankruptcy-screening.dmn matched no rule for " + facts);
    }
    return new Outcome(r.getEntry("screeningOutcome"), r.getEntry("screeningRule"), r.getEntry("screeningReason"));
  }
}
