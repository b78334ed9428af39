package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * intake.revise-decision after a failed 督促执行 (民事诉讼法第二百三十七条): whatever the escalation's completion sends
 * (through /engine-rest or the form), only 提级执行 or 指令执行 to a court that fits the rules is recorded; anything else
 * goes back to the escalation task with its reasons.
 */
class ReviseDecisionWorkerTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+08:00");

  private final IntakeSteps steps = mock(IntakeSteps.class);
  private final DecisionRepository decisions = mock(DecisionRepository.class);
  private final ReviseDecisionWorker worker =
      new ReviseDecisionWorker(steps, new DecisionRules(TestCourts.directory()), decisions);

  private Decision supervised(CaseCategory category) {
    Application application = new Application("app-1", ApplicationSource.PARTY, "（2024）粤0305执1号", "GD0305", "GD03",
        LocalDate.of(2024, 3, 1), null, 100L, null, "理由", Set.of(), Set.of(), null, "applicant", NOW);
    Decision decision = new Decision("app-1", "case-1", new DecisionDraft(category, EnforcementMode.SUPERVISED,
        EnforcementMode.SUPERVISED, null, "GD0305", "GD03", "GD0305", "GD0305", List.of(), "必要", "便利", "规范", "督促"),
        "coordinator-GD03", NOW, LocalDate.of(2027, 1, 4));
    when(steps.application("app-1")).thenReturn(application);
    when(steps.now()).thenReturn(NOW);
    when(decisions.findById("app-1")).thenReturn(Optional.of(decision));
    return decision;
  }

  private JobResult revise(Map<String, Object> completion) {
    return revise(worker, completion);
  }

  private JobResult revise(ReviseDecisionWorker worker, Map<String, Object> completion) {
    Map<String, Object> v = new HashMap<>(completion);
    v.put("escalatedBy", "coordinator-GD03");
    return worker.handle(new Job("t-1", worker.topic(), "app-1", "pi-1", "cross-execution-application",
        "Task_ReviseDecision", 3, v));
  }

  @Test
  void afterFailedSupervisionSupervisingAgainIsRefusedWhateverTheCompletionSends() {
    Decision decision = supervised(CaseCategory.STALLED);
    JobResult result = revise(Map.of("revisedMode", "SUPERVISED", "revisedExecutingCourtCode", "GD0305",
        "revisionReasons", "再给一次期限"));
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.BPMN_ERROR);
    assertThat(result.errorCode()).isEqualTo(RecordDecisionWorker.DECISION_INVALID);
    assertThat(result.errorMessage()).contains("第二百三十七条").contains("督促执行");
    assertThat(decision.getMode()).isEqualTo(EnforcementMode.SUPERVISED);
    assertThat(decision.getRevision()).isEqualTo(1);
  }

  @Test
  void afterFailedSupervisionCentralizingOrCollaboratingIsRefusedToo() {
    supervised(CaseCategory.STALLED);
    assertThat(revise(Map.of("revisedMode", "COLLABORATIVE", "revisionReasons", "协同")).errorMessage())
        .contains("第二百三十七条");
    assertThat(revise(Map.of("revisedMode", "CENTRALIZED", "revisedExecutingCourtCode", "GD0303",
        "revisionReasons", "集中")).errorMessage()).contains("第二百三十七条");
  }

  @Test
  void anUnknownOrMissingModeIsSentBackWithReasonsNotThrown() {
    supervised(CaseCategory.STALLED);
    assertThat(revise(Map.of("revisedMode", "WHATEVER", "revisionReasons", "x")).errorMessage()).contains("执行方式“WHATEVER”无效");
    assertThat(revise(Map.of("revisionReasons", "x")).errorMessage()).contains("未选择变更后的执行方式");
  }

  @Test
  void aPassiveRiskCaseRevisedToDirectedMustStillLeaveTheLocality() {
    // the old worker checked revisions with outsideLocalityRequired=false: 罗湖 (same 深圳 area) was accepted even
    // where a court's locality is the whole city
    ReviseDecisionWorker cityWide =
        new ReviseDecisionWorker(steps, new DecisionRules(TestCourts.directory(CourtService.LocalityScope.CITY)), decisions);
    supervised(CaseCategory.PASSIVE_RISK);
    JobResult result = revise(cityWide, Map.of("revisedMode", "DIRECTED", "revisedExecutingCourtCode", "GD0303",
        "revisionReasons", "异地执行"));
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.BPMN_ERROR);
    assertThat(result.errorMessage()).contains("原执行法院所在地以外");
  }

  @Test
  void elevationOrDirectionIsRecordedAsARevision() {
    Decision decision = supervised(CaseCategory.STALLED);
    JobResult result = revise(Map.of("revisedMode", "DIRECTED", "revisedExecutingCourtCode", " gd0303 ",
        "revisionReasons", "指令其他法院执行"));
    assertThat(result.outcome()).isEqualTo(JobResult.Outcome.COMPLETED);
    assertThat(result.variables()).containsEntry("mode", "DIRECTED").containsEntry("executingCourtCode", "GD0303");
    assertThat(decision.getRevision()).isEqualTo(2);
    assertThat(decision.getExecutingCourtCode()).isEqualTo("GD0303");
  }
}
