package cn.court.crossexec.intake.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The decision table {@code bpmn/cross-execution-eligibility.dmn} (交叉执行适用性审查), evaluated with the
 * standalone DMN engine: every rule, the edges between them and the FIRST-hit precedence.
 */
class EligibilityDecisionTest {

  static final String DECISION_ID = "cross-execution-eligibility";
  static final Path FILE = Path.of("bpmn", DECISION_ID + ".dmn");
  static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  static final String DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";

  static final int STATUTORY = 6;
  static final int HARD_BONE = 24;

  static final String LAW = "第二百三十七条";
  static final String OPINION = "法发〔2024〕9号";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(FILE)) {
      decision = engine.parseDecision(DECISION_ID, in);
    }
  }

  /** A case as the intake step hands it to the decision: the thresholds come from configuration. */
  static final class Case {
    private final Map<String, Object> vars = new LinkedHashMap<>();
    private final String label;

    private Case(String source, int effectiveStallMonths) {
      vars.put("source", source);
      vars.put("effectiveStallMonths", effectiveStallMonths);
      vars.put("statutoryStallMonths", STATUTORY);
      vars.put("hardBoneStallMonths", HARD_BONE);
      for (String flag :
          new String[] {
            "interferenceSuspected", "relationshipCase", "massCase", "petitionCase",
            "highPublicAttention", "crossRegionAssets", "specialistDisposal", "evasionSuspected"
          }) {
        vars.put(flag, false);
      }
      vars.put("seriesCaseCount", 0);
      label = source + " " + effectiveStallMonths + "个月";
    }

    static Case party(int months) {
      return new Case("PARTY", months);
    }

    static Case referral(int months) {
      return new Case("REFERRAL", months);
    }

    Case with(String... flags) {
      for (String flag : flags) {
        vars.put(flag, true);
      }
      return this;
    }

    Case series(int count) {
      vars.put("seriesCaseCount", count);
      return this;
    }

    Case thresholds(int statutory, int hardBone) {
      vars.put("statutoryStallMonths", statutory);
      vars.put("hardBoneStallMonths", hardBone);
      return this;
    }

    Map<String, Object> variables() {
      return vars;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(label);
      vars.forEach(
          (k, v) -> {
            if (Boolean.TRUE.equals(v)) {
              s.append(" +").append(k);
            }
          });
      if (!Integer.valueOf(0).equals(vars.get("seriesCaseCount"))) {
        s.append(" seriesCaseCount=").append(vars.get("seriesCaseCount"));
      }
      return s.toString();
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // Rule 1: party application before the statutory months -> not admissible, even with indicators.
        arguments("规则1 当事人申请0个月", Case.party(0), false, "NONE", LAW),
        arguments("规则1 边界：5个月（阈值6）", Case.party(5), false, "NONE", LAW),
        arguments(
            "规则1 优先于一切情形",
            Case.party(5).with("interferenceSuspected", "massCase", "petitionCase", "crossRegionAssets").series(2),
            false,
            "NONE",
            "不符合"),
        // Rules 2-3: passive-enforcement risk.
        arguments("规则2 不当干预", Case.referral(2).with("interferenceSuspected"), true, "PASSIVE_RISK", "不当干预"),
        arguments("规则3 关系案", Case.referral(2).with("relationshipCase"), true, "PASSIVE_RISK", "关系案"),
        arguments("规则3 当事人申请满期+关系案", Case.party(6).with("relationshipCase"), true, "PASSIVE_RISK", OPINION),
        arguments(
            "优先级：消极执行风险先于其余类别",
            Case.referral(30)
                .with("relationshipCase", "massCase", "petitionCase", "highPublicAttention", "crossRegionAssets",
                    "specialistDisposal", "evasionSuspected")
                .series(3),
            true,
            "PASSIVE_RISK",
            "消极执行"),
        // Rules 4-5: series / mass.
        arguments("规则4 边界：他院案件1件", Case.referral(0).series(1), true, "SERIES", "系列关联"),
        arguments("规则4 他院案件3件", Case.referral(0).series(3), true, "SERIES", "集中管辖"),
        arguments("规则4 边界：他院案件0件", Case.referral(0).series(0), false, "NONE", "无交叉执行必要"),
        arguments("规则5 涉众", Case.referral(1).with("massCase"), true, "SERIES", "涉众"),
        arguments(
            "优先级：系列先于骨头案、超能力",
            Case.referral(30).with("petitionCase", "highPublicAttention", "crossRegionAssets").series(1),
            true,
            "SERIES",
            "系列关联"),
        // Rules 6-8: hard-bone.
        arguments("规则6 边界：移送24个月（阈值24）", Case.referral(24), true, "HARD_BONE", "骨头案"),
        arguments("规则6 边界：移送23个月", Case.referral(23), false, "NONE", "无交叉执行必要"),
        arguments("规则6 边界：当事人申请24个月", Case.party(24), true, "HARD_BONE", "长期未结"),
        arguments("规则6 边界：当事人申请23个月", Case.party(23), true, "STALLED", LAW),
        arguments("规则7 信访", Case.referral(2).with("petitionCase"), true, "HARD_BONE", "信访"),
        arguments("规则8 社会关注度高", Case.referral(2).with("highPublicAttention"), true, "HARD_BONE", "社会关注度"),
        arguments(
            "优先级：骨头案先于超能力",
            Case.party(8).with("highPublicAttention", "evasionSuspected"),
            true,
            "HARD_BONE",
            "骨头案"),
        // Rules 9-11: beyond one court's capacity.
        arguments("规则9 财产跨区域（移送2个月也适用）", Case.referral(2).with("crossRegionAssets"), true, "BEYOND_CAPACITY", "跨区域"),
        arguments("规则10 专业处置", Case.referral(2).with("specialistDisposal"), true, "BEYOND_CAPACITY", "股权"),
        arguments("规则11 规避执行", Case.referral(2).with("evasionSuspected"), true, "BEYOND_CAPACITY", "规避执行"),
        arguments(
            "优先级：超能力先于仅超期",
            Case.party(7).with("crossRegionAssets"),
            true,
            "BEYOND_CAPACITY",
            "单一法院"),
        // Rule 12: party application, statutory months reached, nothing else.
        arguments("规则12 边界：当事人申请6个月（阈值6）", Case.party(6), true, "STALLED", LAW),
        arguments("规则12 当事人申请12个月", Case.party(12), true, "STALLED", "执行程序解释第十条"),
        // Rule 13: referral without indicators.
        arguments("规则13 移送无情形", Case.referral(2), false, "NONE", "无交叉执行必要"),
        arguments("规则13 移送0个月无情形", Case.referral(0), false, "NONE", OPINION));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
  @MethodSource("cases")
  void decidesEligibility(String name, Case c, boolean eligible, String category, String reasonKeyword) {
    assertOutputs(c, eligible, category, reasonKeyword);
  }

  /** The thresholds are configuration: moving them moves the edges of rules 1, 6 and 12. */
  @ParameterizedTest(name = "法定{0}个月/长期{1}个月: {2} {3}个月 -> {4} {5}")
  @CsvSource({
    "3,  24, PARTY,    2,  false, NONE,      第二百三十七条",
    "3,  24, PARTY,    3,  true,  STALLED,   第二百三十七条",
    "6,  24, PARTY,    5,  false, NONE,      第二百三十七条",
    "6,  24, PARTY,    6,  true,  STALLED,   第二百三十七条",
    "12, 24, PARTY,    6,  false, NONE,      第二百三十七条",
    "12, 24, PARTY,    11, false, NONE,      第二百三十七条",
    "12, 24, PARTY,    12, true,  STALLED,   第二百三十七条",
    "6,  12, REFERRAL, 11, false, NONE,      无交叉执行必要",
    "6,  12, REFERRAL, 12, true,  HARD_BONE, 骨头案",
    "6,  12, PARTY,    12, true,  HARD_BONE, 骨头案",
    "6,  36, REFERRAL, 24, false, NONE,      无交叉执行必要",
    "6,  36, PARTY,    35, true,  STALLED,   第二百三十七条",
    "6,  36, PARTY,    36, true,  HARD_BONE, 骨头案",
  })
  void thresholdsComeFromConfiguration(
      int statutory,
      int hardBone,
      String source,
      int months,
      boolean eligible,
      String category,
      String reasonKeyword) {
    Case c = ("PARTY".equals(source) ? Case.party(months) : Case.referral(months)).thresholds(statutory, hardBone);
    assertOutputs(c, eligible, category, reasonKeyword);
  }

  /** Without the configured statutory months a party application is not admitted (rule 12 fails closed). */
  @Test
  void partyApplicationWithoutStatutoryThresholdIsNotEligible() {
    Case c = Case.party(2);
    c.variables().remove("statutoryStallMonths");
    assertOutputs(c, false, "NONE", "无交叉执行必要");
  }

  private static void assertOutputs(Case c, boolean eligible, String category, String reasonKeyword) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, c.variables()).getSingleResult();
    assertThat(result.keySet()).containsExactlyInAnyOrder("eligible", "category", "reason");
    assertThat((Boolean) result.getEntry("eligible")).as("eligible for %s", c).isEqualTo(eligible);
    assertThat((String) result.getEntry("category")).as("category for %s", c).isEqualTo(category);
    String reason = result.getEntry("reason");
    assertThat(reason).as("reason for %s", c).isNotBlank().contains(reasonKeyword);
  }

  @Test
  void fileHasDiagramHistoryTimeToLiveAndFirstHitPolicy() throws Exception {
    assertDecisionFile(FILE, DECISION_ID, "交叉执行适用性审查");
  }

  /** Shared structural check: decision id = file name, HTTL, FIRST, Chinese labels, annotations, DMNDI shape. */
  static void assertDecisionFile(Path file, String decisionId, String chineseName) throws Exception {
    assertThat(file.getFileName().toString()).isEqualTo(decisionId + ".dmn");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = factory.newDocumentBuilder().parse(in);
    }
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(DMN_NS);

    NodeList decisions = doc.getElementsByTagNameNS(DMN_NS, "decision");
    assertThat(decisions.getLength()).isEqualTo(1);
    Element dec = (Element) decisions.item(0);
    assertThat(dec.getAttribute("id")).isEqualTo(decisionId);
    assertThat(dec.getAttribute("name")).isEqualTo(chineseName);
    assertThat(dec.getAttributeNS(CAMUNDA_NS, "historyTimeToLive")).isEqualTo("P180D");

    Element table = (Element) dec.getElementsByTagNameNS(DMN_NS, "decisionTable").item(0);
    assertThat(table.getAttribute("hitPolicy")).isEqualTo("FIRST");
    for (String clause : new String[] {"input", "output"}) {
      NodeList clauses = table.getElementsByTagNameNS(DMN_NS, clause);
      assertThat(clauses.getLength()).isPositive();
      for (int i = 0; i < clauses.getLength(); i++) {
        assertThat(((Element) clauses.item(i)).getAttribute("label")).matches(".*\\p{IsHan}.*");
      }
    }
    NodeList rules = table.getElementsByTagNameNS(DMN_NS, "rule");
    assertThat(rules.getLength()).isPositive();
    for (int i = 0; i < rules.getLength(); i++) {
      NodeList description = ((Element) rules.item(i)).getElementsByTagNameNS(DMN_NS, "description");
      assertThat(description.getLength()).as("annotation of rule %d", i + 1).isEqualTo(1);
      assertThat(description.item(0).getTextContent()).matches("(?s).*\\p{IsHan}.*").contains("依据");
    }

    NodeList shapes = doc.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
    boolean drawn = false;
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      if (decisionId.equals(shape.getAttribute("dmnElementRef"))
          && shape.getParentNode().getLocalName().equals("DMNDiagram")
          && shape.getElementsByTagNameNS(DC_NS, "Bounds").getLength() == 1) {
        drawn = true;
      }
    }
    assertThat(drawn).as("DMNDI shape with bounds for %s", decisionId).isTrue();
  }
}
