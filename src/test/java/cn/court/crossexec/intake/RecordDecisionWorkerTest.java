package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * intake.record-decision decides from what the server holds: the stored category and proposal, the court hierarchy,
 * the debtor's centralized group; a bad completion goes back to the review with reasons, never as an exception.
 */
class RecordDecisionWorkerTest {

  /** Wednesday 2026-12-02, 10:00 court time. */
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+08:00");

  private final IntakeSteps steps = mock(IntakeSteps.class);
  private final DecisionRepository decisions = mock(DecisionRepository.class);
  private final CourtService courts = TestCourts.directory();
  private final RecordDecisionWorker worker = new RecordDecisionWorker(steps, new DecisionRules(courts), decisions,
      new IntakeProperties(6, 24, Period.ofDays(10), Period.ofDays(15), Period.ofDays(25), Set.of()),
      LegalCalendar.official(), courts);

  /** 深圳中院's own case, coordinated by the high court, assessed by the DMN as stored on the application. */
  private Application application(CaseCategory category, EnforcementMode proposed, String proposedCourt) {
    Application a = new Application("app-1", ApplicationSource.PARTY, "（2024）粤03执1号", "GD03", "GD",
        LocalDate.of(2024, 3, 1), null, 100L, null, "理由", Set.of(), Set.of(), null, "applicant", NOW);
    a.addParty(new ApplicationParty(PartyRole.DEBTOR, 0, "某公司", PartyType.ENTERPRISE, "91350100M000100Y43"));
    a.assessed(true, category, "r", 8, NOW);
    a.proposed(proposed, proposedCourt, LocalDate.of(2026, 12, 14), NOW);
    when(steps.application("app-1")).thenReturn(a);
    when(steps.now()).thenReturn(NOW);
    when(decisions.centralizedGroupCourts(anyString(), anyString(), anyString())).thenReturn(List.of());
    return a;
  }

  private JobResult decide(Map<String, Object> completion) {
    Map<String, Object> v = new HashMap<>(Map.of("necessity", "必要", "convenience", "便利", "regularity", "规范",
        "decisionReasons", "理由", "reviewedBy", "coordinator-GD"));
    v.putAll(completion);
    return worker.handle(new Job("t-1", worker.topic(), "app-1", "pi-1", "cross-execution-application",
        "Task_RecordDecision", 3, v));
  }

  @Test
  void passiveRiskLocalityIsDecidedFromTheStoredCategoryNotFromCompletionVariables() {
    application(CaseCategory.PASSIVE_RISK, EnforcementMode.DIRECTED, "GD01");
    Map<String, Object> forged = new HashMap<>(Map.of("mode", "DIRECTED", "executingCourtCode", "GD0304",
        "overrideReason", "就近", "category", "HARD_BONE", "proposedMode", "DIRECTED",
        "proposedExecutingCourtCode", "GD0304"));
    forged.put("outsideLocality", false);
    JobResult result = decide(forged);
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.BPMN_ERROR);
    assertThat(result.errorMessage()).contains("原执行法院所在地以外");
    verify(decisions, never()).save(any());
  }

  @Test
  void anOverrideIsMeasuredAgainstTheStoredProposal() {
    application(CaseCategory.PASSIVE_RISK, EnforcementMode.DIRECTED, "GD01");
    // the completion claims the proposal was GD0104, so no override reason would be needed
    JobResult result = decide(Map.of("mode", "DIRECTED", "executingCourtCode", "GD0104",
        "proposedExecutingCourtCode", "GD0104"));
    assertThat(result.errorMessage()).contains("应说明变更理由");
  }

  @Test
  void anUnknownModeIsSentBackWithReasonsNotThrown() {
    application(CaseCategory.STALLED, EnforcementMode.SUPERVISED, "GD03");
    JobResult result = decide(Map.of("mode", "SOMETHING", "executingCourtCode", "GD03"));
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.BPMN_ERROR);
    assertThat(result.errorMessage()).contains("执行方式“SOMETHING”无效");
    JobResult noCourt = decide(Map.of("mode", "DIRECTED", "overrideReason", "改指令"));
    assertThat(noCourt.errorMessage()).contains("未指定执行法院");
  }

  @Test
  void aCentralizedCaseIsCheckedForTheCourtOfTheDebtorsGroupThatWillRunIt() {
    application(CaseCategory.PASSIVE_RISK, EnforcementMode.CENTRALIZED, "GD01");
    // the debtor's group is already run by 福田区法院, inside 深圳中院's locality: this case would be moved there
    when(decisions.centralizedGroupCourts("91350100M000100Y43", "GD", "app-1")).thenReturn(List.of("GD0304"));
    JobResult result = decide(Map.of("mode", "CENTRALIZED", "executingCourtCode", "GD01"));
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.BPMN_ERROR);
    assertThat(result.errorMessage()).contains("集中执行案件由深圳市福田区人民法院统一执行").contains("原执行法院所在地以外");

    when(decisions.centralizedGroupCourts("91350100M000100Y43", "GD", "app-1")).thenReturn(List.of("GD0104"));
    assertThat(decide(Map.of("mode", "CENTRALIZED", "executingCourtCode", "GD01")).outcome())
        .isEqualTo(JobResult.Outcome.COMPLETED);
  }

  @Test
  void theSupervisionDeadlineEndsAt24OClockOfItsLastDayOffRestDays() {
    application(CaseCategory.STALLED, EnforcementMode.SUPERVISED, "GD03");
    JobResult result = decide(Map.of("mode", "SUPERVISED", "executingCourtCode", "GD03"));
    // 25 days from Wednesday 2026-12-02 (not counted) end on Sunday 2026-12-27 -> Monday 2026-12-28, 24:00 court
    // time; a bare P25D duration would have fired at 10:00 on the Sunday
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.COMPLETED);
    assertThat(result.variables()).containsEntry("supervisionDueDate", "2026-12-29T00:00:00+08:00")
        .containsEntry("supervisionDueDateText", "2026年12月28日24时");
  }
}
