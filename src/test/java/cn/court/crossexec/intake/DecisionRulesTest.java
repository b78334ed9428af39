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

  private DecisionRules rules;

  @BeforeEach
  void setUp() {
    CourtService courts = TestCourts.directory();
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
  void passiveRiskCaseMustLeaveTheLocalityOfAnotherDistrictByDefault() {
    // DISTRICT (default): another district's basic court is elsewhere, whatever its region string says
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0303", "GD0303", List.of(), true, null)))
        .isEmpty();
    assertThat(rules.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0399", "GD0399", List.of(), true, null)))
        .isEmpty();
  }

  @Test
  void underTheCityScopeEveryCourtOfTheSameIntermediateAreaIsInsideTheLocality() {
    DecisionRules cityWide = new DecisionRules(TestCourts.directory(CourtService.LocalityScope.CITY));
    assertThat(cityWide.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0399", "GD0399", List.of(), true, null)))
        .anySatisfy(v -> assertThat(v).contains("原执行法院所在地以外"));
    assertThat(cityWide.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0303", "GD0303", List.of(), true, null)))
        .anySatisfy(v -> assertThat(v).contains("原执行法院所在地以外"));
    // the same direction is fine for a case without the passive-enforcement risk
    assertThat(cityWide.violations(draft(EnforcementMode.DIRECTED, EnforcementMode.DIRECTED, "GD0303", "GD0303", List.of(), false, null)))
        .isEmpty();
  }

  @Test
  void passiveRiskLocalityIsJudgedByTheHierarchyNotByRegionNames() {
    // 深圳中院's case directed by the high court to its own subordinate 福田区法院: the region strings differ, the
    // locality is the same (one court is above the other)
    assertThat(rules.violations(highCourtDraft(EnforcementMode.DIRECTED, "GD0304", CaseCategory.PASSIVE_RISK)))
        .anySatisfy(v -> assertThat(v).contains("原执行法院所在地以外"));
    assertThat(rules.violations(highCourtDraft(EnforcementMode.DIRECTED, "GD01", CaseCategory.PASSIVE_RISK))).isEmpty();
    assertThat(rules.violations(highCourtDraft(EnforcementMode.DIRECTED, "GD0104", CaseCategory.PASSIVE_RISK))).isEmpty();
    assertThat(rules.violations(highCourtDraft(EnforcementMode.CENTRALIZED, "GD0304", CaseCategory.PASSIVE_RISK)))
        .anySatisfy(v -> assertThat(v).contains("原执行法院所在地以外"));
  }

  @Test
  void passiveRiskCaseCannotStayWithTheOriginalCourtUnderSupervisionOrCollaboration() {
    assertThat(rules.violations(draft(EnforcementMode.SUPERVISED, EnforcementMode.SUPERVISED, "GD0305", "GD0305", List.of(), true, null)))
        .anySatisfy(v -> assertThat(v).contains("不能由原执行法院继续执行"));
    assertThat(rules.violations(draft(EnforcementMode.COLLABORATIVE, EnforcementMode.COLLABORATIVE, "GD0305", "GD0305", List.of("GD0303"), true, null)))
        .anySatisfy(v -> assertThat(v).contains("不能由原执行法院继续执行"));
    // elevation takes the case to the superior court itself: allowed for category 3
    assertThat(rules.violations(draft(EnforcementMode.ELEVATED, EnforcementMode.ELEVATED, "GD03", "GD03", List.of(), true, null)))
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
        "GD0305", "GD03", "GD03", "GD03", List.of(), " ", "c", "r", "");
    assertThat(rules.violations(blank)).contains("应就必要性、便利性、规范性逐项说明", "应写明决定理由");
  }

  private static DecisionDraft draft(EnforcementMode proposed, EnforcementMode mode, String proposedCourt, String executing,
      List<String> participating, boolean outsideLocality, String overrideReason) {
    return new DecisionDraft(outsideLocality ? CaseCategory.PASSIVE_RISK : CaseCategory.HARD_BONE, proposed, mode,
        overrideReason, "GD0305", "GD03", proposedCourt, executing, participating, "必要", "便利", "规范", "理由");
  }

  /** 深圳中院's own case, decided by the high court. */
  private static DecisionDraft highCourtDraft(EnforcementMode mode, String executing, CaseCategory category) {
    return new DecisionDraft(category, mode, mode, null, "GD03", "GD", executing, executing, List.of(),
        "必要", "便利", "规范", "理由");
  }
}
