package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;

/**
 * The grade of a proposal, decided on the server from the recorded facts by the same table the model runs
 * ({@code bpmn/dishonesty-grading.dmn}). The court's decision is checked against this grade, never against the grade
 * variables a task completion carries: anyone who may complete the task can send any variables through /engine-rest.
 * A standalone DMN engine, so it works the same in a worker process without the process engine.
 */
@Component
class DishonestyGrading {

  /** What the table decides: the grade, its measures and terms, whether a grace period may be given, and why. */
  record Grade(String grade, String measures, Integer baseTermMonths, Integer minExtensionMonths,
      Integer maxExtensionMonths, Boolean graceAllowed, String reason) {}

  private final DecisionTable table = DecisionTable.of("dishonesty-grading");

  Grade grade(Ground primaryGround, boolean violenceOrThreats, boolean repeatListing, boolean evasion, long outstandingFen) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("ground", primaryGround == null ? "NONE" : primaryGround.name());
    inputs.put("violenceOrThreats", violenceOrThreats);
    inputs.put("repeatListing", repeatListing);
    inputs.put("evasion", evasion);
    inputs.put("outstandingFen", outstandingFen);
    DmnDecisionRuleResult result = table.singleResult(inputs);
    if (result == null) {
      return null;
    }
    return new Grade(result.getEntry("grade"), result.getEntry("measures"), number(result.getEntry("baseTermMonths")),
        number(result.getEntry("minExtensionMonths")), number(result.getEntry("maxExtensionMonths")),
        result.getEntry("graceAllowed"), result.getEntry("gradeReason"));
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
