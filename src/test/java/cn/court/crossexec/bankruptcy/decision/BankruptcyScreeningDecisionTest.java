package cn.court.crossexec.bankruptcy.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpmn/bankruptcy-screening.dmn}: every rule, the FIRST-hit precedence (assets that cover the debts before
 * everything; jobs and brand before the nominal-operation rule) and the edges of every threshold (one below, at it).
 */
class BankruptcyScreeningDecisionTest {

  static final String DECISION_ID = "bankruptcy-screening";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn", DECISION_ID + ".dmn"))) {
      decision = engine.parseDecision(DECISION_ID, in);
    }
  }

  @ParameterizedTest(name = "财产={0} 债务={1} 经营={2} 账册={3} 人员={4} 职工={5} 品牌={6} 终本={7} 案件={8} 月={9} -> {10} {11}")
  @CsvSource({
    // R1: assets cover the debts: not insolvent, whatever else (even a closed shell repeatedly 终本)
    "100, 100, false, false, false, 0,   false, 5, 20, 60, NOT_INSOLVENT, R1",
    "101, 100, true,  true,  true,  300, true,  0, 1,  1,  NOT_INSOLVENT, R1",
    // edge: one fen short of the debts is insolvent
    "99,  100, true,  true,  true,  300, true,  0, 1,  1,  VIABLE,        R6",
    // R2: closed, no books, no staff
    "0,   100, false, false, false, 0,   false, 0, 1,  1,  ZOMBIE,        R2",
    "0,   100, false, false, false, 0,   true,  3, 9,  40, ZOMBIE,        R2",
    // R3: closed, repeatedly 终本 (threshold 2: 1 is not enough)
    "0,   100, false, true,  false, 0,   false, 2, 1,  1,  ZOMBIE,        R3",
    "0,   100, false, false, true,  0,   false, 1, 1,  1,  ZOMBIE,        R5",
    // R4: closed, many (>= 5) long-standing (>= 24 months) cases; each edge one below falls to R5
    "0,   100, false, true,  true,  0,   false, 0, 5,  24, ZOMBIE,        R4",
    "0,   100, false, true,  true,  0,   false, 0, 4,  24, ZOMBIE,        R5",
    "0,   100, false, true,  true,  0,   false, 0, 5,  23, ZOMBIE,        R5",
    // R5: closed and insolvent, the rest
    "50,  100, false, true,  true,  10,  true,  0, 1,  1,  ZOMBIE,        R5",
    // R6: operating with >= 50 employees (49 is not)
    "0,   100, true,  false, false, 50,  false, 4, 30, 60, VIABLE,        R6",
    "0,   100, true,  true,  true,  49,  false, 0, 1,  1,  VIABLE,        R9",
    // R7: operating with brand value or licences
    "0,   100, true,  false, false, 3,   true,  4, 30, 60, VIABLE,        R7",
    // R8: nominally operating: no books, repeatedly 终本, few jobs, no brand
    "0,   100, true,  false, true,  49,  false, 2, 1,  1,  ZOMBIE,        R8",
    "0,   100, true,  false, true,  49,  false, 1, 1,  1,  VIABLE,        R9",
    "0,   100, true,  true,  true,  10,  false, 3, 1,  1,  VIABLE,        R9",
    // R9: operating and insolvent, the rest
    "0,   100, true,  true,  false, 0,   false, 0, 1,  1,  VIABLE,        R9",
  })
  void screens(long assets, long debts, boolean operating, boolean books, boolean staff, int employees, boolean brand,
      int terminatedForNow, int openCases, int ageMonths, String outcome, String rule) {
    Map<String, Object> result = evaluate(assets, debts, operating, books, staff, employees, brand, terminatedForNow,
        openCases, ageMonths);
    assertThat(result).containsEntry("screeningOutcome", outcome).containsEntry("screeningRule", rule);
    assertThat((String) result.get("screeningReason")).startsWith("规则" + rule.substring(1) + "：");
  }

  @Test
  void everyRuleIsReachableAndEachHasItsOwnReason() {
    Set<String> rules = new HashSet<>();
    Set<String> reasons = new HashSet<>();
    // every combination of the boolean facts and the two sides of every threshold
    for (int bits = 0; bits < 1 << 10; bits++) {
      Map<String, Object> r = evaluate((bits & 1) != 0 ? 100 : 0, 100, (bits & 2) != 0, (bits & 4) != 0,
          (bits & 8) != 0, (bits & 16) != 0 ? 50 : 49, (bits & 32) != 0, (bits & 64) != 0 ? 2 : 1,
          (bits & 128) != 0 ? 5 : 4, (bits & 256) != 0 ? 24 : 23);
      rules.add((String) r.get("screeningRule"));
      reasons.add((String) r.get("screeningReason"));
      // a debtor whose assets cover its debts is never sent towards bankruptcy
      if ((bits & 1) != 0) {
        assertThat(r).containsEntry("screeningOutcome", "NOT_INSOLVENT");
      } else {
        assertThat(r.get("screeningOutcome")).isNotEqualTo("NOT_INSOLVENT");
      }
    }
    assertThat(rules).containsExactlyInAnyOrder("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9");
    assertThat(reasons).hasSize(9);
  }

  private static Map<String, Object> evaluate(long assets, long debts, boolean operating, boolean books, boolean staff,
      int employees, boolean brand, int terminatedForNow, int openCases, int ageMonths) {
    Map<String, Object> v = new HashMap<>();
    v.put("assetsFoundFen", assets);
    v.put("debtsFen", debts);
    v.put("stillOperating", operating);
    v.put("booksKept", books);
    v.put("staffRemaining", staff);
    v.put("employees", employees);
    v.put("brandOrLicences", brand);
    v.put("terminatedForNowCount", terminatedForNow);
    v.put("openCases", openCases);
    v.put("oldestCaseAgeMonths", ageMonths);
    DmnDecisionResult result = engine.evaluateDecision(decision, v);
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
