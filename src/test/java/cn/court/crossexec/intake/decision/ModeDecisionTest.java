package cn.court.crossexec.intake.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/cross-execution-mode.dmn} (交叉执行方式建议), evaluated with the standalone
 * DMN engine: every rule and the FIRST-hit precedence between them.
 */
class ModeDecisionTest {

  static final String DECISION_ID = "cross-execution-mode";
  static final Path FILE = Path.of("bpmn", DECISION_ID + ".dmn");

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(FILE)) {
      decision = engine.parseDecision(DECISION_ID, in);
    }
  }

  @ParameterizedTest(name = "{0} 关注度高={1} 信访={2} -> {3} 辖区外={4}")
  @CsvSource({
    // Rule 1: series / mass -> centralized, whatever the attention.
    "SERIES,          false, false, CENTRALIZED,   false, 集中管辖",
    "SERIES,          true,  true,  CENTRALIZED,   false, 集中执行",
    // Rule 2: passive-enforcement risk -> directed to a court outside the locality.
    "PASSIVE_RISK,    false, false, DIRECTED,      true,  辖区以外",
    "PASSIVE_RISK,    true,  true,  DIRECTED,      true,  指令异地",
    // Rules 3-4: hard-bone with high attention or petition -> elevated.
    "HARD_BONE,       true,  false, ELEVATED,      false, 社会关注度高",
    "HARD_BONE,       false, true,  ELEVATED,      false, 信访",
    "HARD_BONE,       true,  true,  ELEVATED,      false, 提级执行",
    // Rule 5: other hard-bone -> directed (no locality constraint).
    "HARD_BONE,       false, false, DIRECTED,      false, 指令其他法院",
    // Rule 6: beyond capacity -> collaborative.
    "BEYOND_CAPACITY, false, false, COLLABORATIVE, false, 协同执行",
    "BEYOND_CAPACITY, true,  true,  COLLABORATIVE, false, 统筹协调",
    // Rule 7: statutory stall only -> supervised.
    "STALLED,         false, false, SUPERVISED,    false, 督促执行",
    "STALLED,         true,  true,  SUPERVISED,    false, 第二百三十七条",
    // Rule 8: no category -> supervised, no cross-execution proposed.
    "NONE,            false, false, SUPERVISED,    false, 不建议交叉执行",
    "NONE,            true,  true,  SUPERVISED,    false, 不建议交叉执行",
  })
  void proposesMode(
      String category,
      boolean highPublicAttention,
      boolean petitionCase,
      String proposedMode,
      boolean outsideLocality,
      String reasonKeyword) {
    DmnDecisionRuleResult result = evaluate(category, highPublicAttention, petitionCase);
    assertThat(result.keySet()).containsExactlyInAnyOrder("proposedMode", "outsideLocality", "modeReason");
    assertThat((String) result.getEntry("proposedMode")).isEqualTo(proposedMode);
    assertThat((Boolean) result.getEntry("outsideLocality")).isEqualTo(outsideLocality);
    String reason = result.getEntry("modeReason");
    assertThat(reason).isNotBlank().contains(reasonKeyword);
  }

  /** Every category the eligibility table can emit, except NONE, has its own rule here (not the fallback). */
  @Test
  void everyEligibilityCategoryHasItsOwnRule() throws Exception {
    String eligibility = Files.readString(EligibilityDecisionTest.FILE);
    Matcher values =
        Pattern.compile("<output [^>]*name=\"category\"[^>]*>\\s*<outputValues[^>]*>\\s*<text>([^<]*)</text>")
            .matcher(eligibility);
    assertThat(values.find()).as("output values of category in the eligibility table").isTrue();
    String[] categories =
        Arrays.stream(values.group(1).split(",")).map(v -> v.trim().replace("&quot;", "").replace("\"", ""))
            .toArray(String[]::new);
    assertThat(categories)
        .containsExactlyInAnyOrder("PASSIVE_RISK", "SERIES", "HARD_BONE", "BEYOND_CAPACITY", "STALLED", "NONE");
    for (String category : categories) {
      String reason = evaluate(category, false, false).getEntry("modeReason");
      if ("NONE".equals(category)) {
        assertThat(reason).contains("不建议交叉执行");
      } else {
        assertThat(reason).as("reason for %s", category).doesNotContain("不建议");
      }
    }
  }

  @Test
  void fileHasDiagramHistoryTimeToLiveAndFirstHitPolicy() throws Exception {
    EligibilityDecisionTest.assertDecisionFile(FILE, DECISION_ID, "交叉执行方式建议");
  }

  private static DmnDecisionRuleResult evaluate(
      String category, boolean highPublicAttention, boolean petitionCase) {
    Map<String, Object> variables =
        Map.of("category", category, "highPublicAttention", highPublicAttention, "petitionCase", petitionCase);
    return engine.evaluateDecisionTable(decision, variables).getSingleResult();
  }
}
