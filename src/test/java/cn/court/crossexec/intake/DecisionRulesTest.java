package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.court.crossexec.court.CourtLevel;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conflict rules of a cross-execution decision, rule by rule, on a small slice of the Shenzhen courts. */
class DecisionRulesTest {

  private static final Map<String, CourtView> COURTS = Map.of(
      "GD", new CourtView("GD", "广东省高级人民法院", "粤", CourtLevel.HIGH, "SPC", "广东省"),
      "GD03", new CourtView("GD03", "广东省深圳市中级人民法院", "粤03", CourtLevel.INTERMEDIATE, "GD", "广东省深圳市"),
      "GD01", new CourtView("GD01", "广东省广州市中级人民法院", "粤01", CourtLevel.INTERMEDIATE, "GD", "广东省广州市"),
      "GD0303", new CourtView("GD0303", "深圳市罗湖区人民法院", "粤0303", CourtLevel.BASIC, "GD03", "广东省深圳市罗湖区"),
      "GD0305", new CourtView("GD0305", "深圳市南山区人民法院", "粤0305", CourtLevel.BASIC, "GD03", "广东省深圳市南山区"),
      "GD0399", new CourtView("GD0399", "（同一辖区的假想法院）", "粤0399", CourtLevel.BASIC, "GD03", "广东省深圳市南山区"),
      "GD0104", new CourtView("GD0104", "广州市越秀区人民法院", "粤0104", CourtLevel.BASIC, "GD01", "广东省广州市越秀区"));

  private DecisionRules rules;

  @BeforeEach
  void setUp() {
    CourtService courts = mock(CourtService.class);
    when(courts.find(anyString())).thenAnswer(i -> Optional.ofNullable(COURTS.get((String) i.getArgument(0))));
    when(courts.get(anyString())).thenAnswer(i -> COURTS.get((String) i.getArgument(0)));
    when(courts.isUnder(anyString(), anyString())).thenAnswer(i -> {
      CourtView c = COURTS.get((String) i.getArgument(0));
      String superior = i.getArgument(1);
      while (c != null && c.parentCode() != null) {
        if (c.parentCode().equals(superior)) {
          return true;
        }
        c = COURTS.get(c.parentCode());
      }
      return false;
    });
    rules = new DecisionRules(courts);
  }

  @ParameterizedTest(name = "{0} to {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "DIRECTED      | GD0303 | ",
      "DIRECTED      | GD0305 | 指令执行不能指令原执行法院",
      "DIRECTED      | GD0104 | 指令执行的法院应在本院辖区内",
      "ELEVATED      | GD03   | ",
      "ELEVATED      | GD0303 | 提级执行的执行法院应为本院",
      "SUPERVISED    | GD0305 | ",
      "SUPERVISED    | GD0303 | 督促执行的执行法院应为原执行法院",
      "CENTRALIZED   | GD03   | ",
      "CENTRALIZED   | GD0305 | ",
      "CENTRALIZED   | GD0104 | 集中执行的法院应为本院或本院辖区内的法院",
      "DIRECTED      | XX99   | 执行法院代码“XX99”不存在"})
  void executingCourtMustFitTheMode(EnforcementMode mode, String executing, String expected) {
    List<String> violations = rules.violations(draft(mode, mode, executing, executing, List.of(), false, null));
    if (expected == null) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).anySatisfy(v -> assertThat(v).contains(expected));
    }
  }

  @Test
  void passiveRiskCaseMustLeaveTheLocality() {
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0399", "GD0399", List.of(), true, null)))
        .anySatisfy(v -> assertThat(v).contains("原执行法院所在地以外"));
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0303", "GD0303", List.of(), true, null)))
        .isEmpty();
  }

  @Test
  void collaborativeEnforcementNeedsParticipatingCourtsBelowTheCentre() {
    assertThat(rules.violations(draft(EnforcementMode.COLLABORATIVE, EnforcementMode.COLLABORATIVE, "GD0305", "GD0305", List.of(), false, null)))
        .anySatisfy(v -> assertThat(v).contains("至少指定一个协助法院"));
    assertThat(rules.violations(draft(EnforcementMode.COLLABORATIVE, EnforcementMode.COLLABORATIVE, "GD0305", "GD0305", List.of("GD0104"), false, null)))
        .anySatisfy(v -> assertThat(v).contains("不在本院辖区内"));
    assertThat(rules.violations(draft(EnforcementMode.COLLABORATIVE, EnforcementMode.COLLABORATIVE, "GD0305", "GD0305", List.of("GD0303"), false, null)))
        .isEmpty();
  }

  @Test
  void overridingTheProposalNeedsAReason() {
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.ELEVATED, "GD0303", "GD03", List.of(), false, null)))
        .anySatisfy(v -> assertThat(v).contains("应说明变更理由"));
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.ELEVATED, "GD0303", "GD03", List.of(), false, "案情重大，由本院提级执行")))
        .isEmpty();
  }

  @Test
  void theThreePrinciplesAndTheReasonsMustBeStated() {
    DecisionDraft blank = new DecisionDraft(CaseCategory.HARD_BONE, EnforcementMode.ELEVATED, EnforcementMode.ELEVATED, null,
        "GD0305", "GD03", "GD03", "GD03", List.of(), false, " ", "c", "r", "");
    assertThat(rules.violations(blank)).contains("应就必要性、便利性、规范性逐项说明", "应写明决定理由");
  }

  private static DecisionDraft draft(EnforcementMode proposed, EnforcementMode mode, String proposedCourt, String executing,
      List<String> participating, boolean outsideLocality, String overrideReason) {
    return new DecisionDraft(CaseCategory.PASSIVE_RISK, proposed, mode, overrideReason, "GD0305", "GD03", proposedCourt,
        executing, participating, outsideLocality, "必要", "便利", "规范", "理由");
  }
}
