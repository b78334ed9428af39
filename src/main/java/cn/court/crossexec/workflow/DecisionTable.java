package cn.court.crossexec.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One of the models' decision tables ({@code bpmn/<id>.dmn}, on the classpath), evaluated on the server by the
 * standalone DMN engine: so that a service judges recorded facts with the very table the model uses, also in a
 * {@code worker} process where no engine runs. One DMN engine serves every table.
 */
public final class DecisionTable {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** The table {@code bpmn/<decisionId>.dmn}; fails at start-up when it is missing. */
  public static DecisionTable of(String decisionId) {
    String resource = "/bpmn/" + decisionId + ".dmn";
    try (InputStream in = DecisionTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource.substring(1) + " is missing from the classpath");
      }
      return new DecisionTable(ENGINE.parseDecision(decisionId, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one rule that matches the inputs (the table's hit policy decides which), or null when none does. */
  public DmnDecisionRuleResult singleResult(Map<String, Object> inputs) {
    return ENGINE.evaluateDecisionTable(decision, inputs).getSingleResult();
  }
}
