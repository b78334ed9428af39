package cn.court.crossexec.credit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/dishonesty-grading.dmn} (过惩相当): every rule, the aggravating facts before the ground, and the amount
 * edges (100万元 for evasion, 5万元 for a minor grade), with the measures and terms each grade decides.
 */
class DishonestyGradingDecisionTest {

  static final String DECISION_ID = "dishonesty-grading";
  private static final long YUAN = 100;

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn", DECISION_ID + ".dmn"))) {
      decision = engine.parseDecision(DECISION_ID, in);
    }
  }

  @ParameterizedTest(name = "{0} 暴力={1} 再次={2} 规避={3} {4}元 -> {5}")
  @CsvSource({
    // Rule 1: violence or threats -> serious, whatever the ground and amount
    "REFUSES_DESPITE_ABILITY, true,  false, false, 100,     SERIOUS, LISTING,          24, 12, 36, false, 暴力",
    "BREACHES_SETTLEMENT,     true,  true,  true,  9999999, SERIOUS, LISTING,          24, 12, 36, false, 暴力",
    // Rule 2: repeat -> serious
    "REFUSES_DESPITE_ABILITY, false, true,  false, 100,     SERIOUS, LISTING,          24, 12, 36, false, 再次失信",
    // Rule 3: forged evidence / obstruction -> serious
    "OBSTRUCTS,               false, false, false, 100,     SERIOUS, LISTING,          24, 12, 36, false, 伪造证据",
    // Rules 4-5: evasion from 1,000,000 yuan -> serious; just below -> general (rules 6-7)
    "EVADES,                  false, false, false, 1000000, SERIOUS, LISTING,          24, 12, 36, false, 100万元以上",
    "EVADES,                  false, false, false, 999999.99, GENERAL, LISTING,        24, 0,  0,  true,  一般失信",
    "BREACHES_ASSET_REPORT,   false, false, true,  1000000, SERIOUS, LISTING,          24, 12, 36, false, 100万元以上",
    "BREACHES_ASSET_REPORT,   false, false, true,  999999.99, GENERAL, LISTING,        24, 0,  0,  true,  规避执行行为",
    "EVADES,                  false, false, false, 100,     GENERAL, LISTING,          24, 0,  0,  true,  规避执行",
    "REFUSES_DESPITE_ABILITY, false, false, true,  100,     GENERAL, LISTING,          24, 0,  0,  true,  规避执行行为",
    // Rule 8: small amount, no aggravating fact, one of three grounds -> minor: consumption restriction only
    "REFUSES_DESPITE_ABILITY, false, false, false, 49999.99, MINOR,  RESTRICTION_ONLY, 0,  0,  0,  true,  轻微失信",
    "BREACHES_ASSET_REPORT,   false, false, false, 0.01,    MINOR,   RESTRICTION_ONLY, 0,  0,  0,  true,  仅限制消费",
    "BREACHES_SETTLEMENT,     false, false, false, 100,     MINOR,   RESTRICTION_ONLY, 0,  0,  0,  true,  宽限期",
    // the 50,000 yuan edge and the grounds that are never minor -> rule 9
    "REFUSES_DESPITE_ABILITY, false, false, false, 50000,   GENERAL, LISTING,          24, 0,  0,  true,  一般失信",
    "BREACHES_CONSUMPTION_RESTRICTION, false, false, false, 100, GENERAL, LISTING,     24, 0,  0,  true,  一般失信",
  })
  void grades(String ground, boolean violence, boolean repeat, boolean evasion, String yuan, String grade,
      String measures, int baseTerm, int minExtension, int maxExtension, boolean graceAllowed, String reasonKeyword) {
    Map<String, Object> result = evaluate(ground, violence, repeat, evasion,
        new java.math.BigDecimal(yuan).movePointRight(2).longValueExact());
    assertThat(result).containsEntry("grade", grade).containsEntry("measures", measures)
        .containsEntry("baseTermMonths", baseTerm).containsEntry("minExtensionMonths", minExtension)
        .containsEntry("maxExtensionMonths", maxExtension).containsEntry("graceAllowed", graceAllowed);
    assertThat((String) result.get("gradeReason")).contains(reasonKeyword).contains("待确认");
  }

  @Test
  void aSeriousGradeExtendsTheListingByOneToThreeYearsAndAGeneralOneListsForTwo() {
    assertThat(evaluate("OBSTRUCTS", false, false, false, 100 * YUAN))
        .containsEntry("minExtensionMonths", 12).containsEntry("maxExtensionMonths", 36);
    assertThat(evaluate("EVADES", false, false, false, 100 * YUAN)).containsEntry("baseTermMonths", 24);
  }

  private static Map<String, Object> evaluate(String ground, boolean violence, boolean repeat, boolean evasion,
      long outstandingFen) {
    Map<String, Object> v = new HashMap<>();
    v.put("ground", ground);
    v.put("violenceOrThreats", violence);
    v.put("repeatListing", repeat);
    v.put("evasion", evasion);
    v.put("outstandingFen", outstandingFen);
    DmnDecisionResult result = engine.evaluateDecision(decision, v);
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
