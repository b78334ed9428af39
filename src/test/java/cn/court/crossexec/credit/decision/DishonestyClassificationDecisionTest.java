package cn.court.crossexec.credit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bpmn/dishonesty-classification.dmn}: every rule, the FIRST-hit precedence (a minor before everything, an unable
 * debtor before every exclusion and every ground) and the edges between the exclusions.
 */
class DishonestyClassificationDecisionTest {

  static final String DECISION_ID = "dishonesty-classification";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn", DECISION_ID + ".dmn"))) {
      decision = engine.parseDecision(DECISION_ID, in);
    }
  }

  @ParameterizedTest(name = "未成年={0} 有能力={1} 担保={2} 足额查控={3} 顺序在后={4} 情形={5} -> {6}")
  @CsvSource({
    // Rule 1: a minor is never listed, whatever else holds
    "true,  true,  false, false, false, OBSTRUCTS,               EXCLUDED,  未成年人",
    "true,  false, true,  true,  true,  NONE,                    EXCLUDED,  未成年人",
    // Rule 2: an unable debtor is never listed, even with a ground recorded and no exclusion
    "false, false, false, false, false, REFUSES_DESPITE_ABILITY, UNABLE,    失能",
    "false, false, false, false, false, OBSTRUCTS,               UNABLE,    无履行能力",
    "false, false, true,  true,  true,  EVADES,                  UNABLE,    失能",
    // Rules 3-5: the exclusions of art. 3, each alone and in their order
    "false, true,  true,  false, false, REFUSES_DESPITE_ABILITY, EXCLUDED,  担保",
    "false, true,  true,  true,  true,  EVADES,                  EXCLUDED,  担保",
    "false, true,  false, true,  false, BREACHES_ASSET_REPORT,   EXCLUDED,  足以清偿",
    "false, true,  false, true,  true,  BREACHES_ASSET_REPORT,   EXCLUDED,  足以清偿",
    "false, true,  false, false, true,  BREACHES_SETTLEMENT,     EXCLUDED,  履行顺序在后",
    // Rule 6: able, no exclusion, but no ground found
    "false, true,  false, false, false, NONE,                    NO_GROUND, 未查明",
    // Rule 7: able, no exclusion, one of the six grounds -> a proposal for the court
    "false, true,  false, false, false, REFUSES_DESPITE_ABILITY, DISHONEST, 由执行法院决定",
    "false, true,  false, false, false, OBSTRUCTS,               DISHONEST, 由执行法院决定",
    "false, true,  false, false, false, EVADES,                  DISHONEST, 由执行法院决定",
    "false, true,  false, false, false, BREACHES_ASSET_REPORT,   DISHONEST, 由执行法院决定",
    "false, true,  false, false, false, BREACHES_CONSUMPTION_RESTRICTION, DISHONEST, 由执行法院决定",
    "false, true,  false, false, false, BREACHES_SETTLEMENT,     DISHONEST, 由执行法院决定",
  })
  void classifies(boolean minor, boolean able, boolean security, boolean covered, boolean later, String ground,
      String classification, String reasonKeyword) {
    Map<String, Object> result = evaluate(minor, able, security, covered, later, ground);
    assertThat(result).containsEntry("classification", classification);
    assertThat((String) result.get("classificationReason")).contains(reasonKeyword);
  }

  /** Whatever the other facts, an unable adult debtor is UNABLE: 2^3 exclusions × 7 grounds. */
  @ParameterizedTest
  @ValueSource(strings = {"REFUSES_DESPITE_ABILITY", "OBSTRUCTS", "EVADES", "BREACHES_ASSET_REPORT",
      "BREACHES_CONSUMPTION_RESTRICTION", "BREACHES_SETTLEMENT", "NONE"})
  void anUnableDebtorIsNeverDishonest(String ground) {
    for (int bits = 0; bits < 8; bits++) {
      Map<String, Object> result = evaluate(false, false, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, ground);
      assertThat(result).as("exclusions %s", bits).containsEntry("classification", "UNABLE");
    }
  }

  @Test
  void everyRuleIsReachedByTheCasesAbove() {
    List<String> hit = List.of(
        ruleOf(true, true, false, false, false, "OBSTRUCTS"),
        ruleOf(false, false, false, false, false, "OBSTRUCTS"),
        ruleOf(false, true, true, false, false, "EVADES"),
        ruleOf(false, true, false, true, false, "EVADES"),
        ruleOf(false, true, false, false, true, "EVADES"),
        ruleOf(false, true, false, false, false, "NONE"),
        ruleOf(false, true, false, false, false, "EVADES"));
    assertThat(hit).doesNotHaveDuplicates().hasSize(7);
  }

  private static String ruleOf(boolean minor, boolean able, boolean security, boolean covered, boolean later,
      String ground) {
    var table = engine.evaluateDecisionTable(decision, variables(minor, able, security, covered, later, ground));
    return table.getSingleResult().getEntry("classification") + "/" + table.getSingleResult().getEntry("classificationReason");
  }

  private static Map<String, Object> evaluate(boolean minor, boolean able, boolean security, boolean covered,
      boolean later, String ground) {
    DmnDecisionResult result = engine.evaluateDecision(decision, variables(minor, able, security, covered, later, ground));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  private static Map<String, Object> variables(boolean minor, boolean able, boolean security, boolean covered,
      boolean later, String ground) {
    Map<String, Object> v = new HashMap<>();
    v.put("minor", minor);
    v.put("ableToPerform", able);
    v.put("securityGiven", security);
    v.put("assetsCoverDebt", covered);
    v.put("laterInOrder", later);
    v.put("ground", ground);
    return v;
  }
}
