package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases from the cross-execution decision to each kind of closing, through the real models, job workers, asset
 * inquiry simulator (VEHICLE fails in the test profile) and REST API, with the people played through /engine-rest.
 */
@IntegrationTest
class CoordinatedEnforcementIT {

  private static final String DEBTOR = "91350100M000100Y43";
  private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  CaseFlow flow;

  @BeforeEach
  void flow() {
    flow = new CaseFlow(api, tasks, runtime, externalTasks);
  }

  @Test
  void handOverInvestigationThenTerminationForNowOnlyWhenItsConditionsHoldThenResumedAndTerminated() {
    CaseFlow.Decided c = flow.decidedCase(50_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();

    Task acknowledge = flow.awaitTask(c.caseId(), "Task_AcknowledgeFile");
    assertThat(tasks.getIdentityLinksForTask(acknowledge.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("court-" + c.executingCourt()));
    assertThat(acknowledge.getDueDate().toInstant().atZone(COURT_TIME).toLocalDate()).isEqualTo(today().plusDays(8));
    flow.handOver(c);

    // the investigation asked every source; the failing one was asked again, then flagged
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    JsonNode form = formVariables(officer, decide);
    assertThat(form.at("/inquirySummaryText/value").asText()).contains("银行存款：").contains("车辆：无应答（已标记）");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_inquiry WHERE case_id = ? AND source = 'VEHICLE'", Integer.class, c.caseId()))
        .isEqualTo(2);
    JsonNode view = flow.theCase(c.caseId(), officer);
    assertThat(view.get("handlerName").asText()).isEqualTo("李法官");
    assertThat(view.get("limitDueOn").asText()).isEqualTo(CALENDAR.workingDayOnOrAfter(today().plusMonths(6)).toString());
    assertThat(view.get("timeline").findValuesAsText("type")).contains("OPENED", "ENFORCEMENT_STARTED", "HANDLER_ASSIGNED",
        "NOTICE_SERVED", "INQUIRY_ROUND_OPENED", "INQUIRY_SOURCE_FLAGGED", "INVESTIGATION_SUMMARIZED", "PROCESS_userTask");
    assertThat(view.get("timeline").findValuesAsText("detail")).contains("签收案卷并指定承办人");

    // 终本 is refused while the case is less than three months old, and the reasons come back to the court
    Map<String, Object> forNow = Map.of("nextStep", "TERMINATE_FOR_NOW", "noDisposableAssets", true, "creditorInterviewed", true,
        "creditorInterviewedOn", today().toString(), "nextStepReason", "经网络查控及实地调查，无可供执行的财产");
    flow.complete(officer, decide, forNow);
    flow.awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(c.caseId()).taskDefinitionKey("Task_DecideNextStep")
        .count() == 1 && formVariables(officer, flow.awaitTask(c.caseId(), "Task_DecideNextStep")).has("forNowErrors"),
        () -> "waiting for the refusal; " + flow.whereIs(c.caseId()));
    Task refused = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    assertThat(formVariables(officer, refused).at("/forNowErrors/value").asText()).contains("不满 3 个月");

    // four months on: "nothing disposable" is judged from the records, not the checkbox — a deposit still frozen, a
    // source never answered and a missing consumption restriction each refuse it, all reasons at once
    jdbc.update("UPDATE enforcement_case SET enforcement_filed_on = ?, consumption_restricted_on = NULL WHERE id = ?",
        today().minusMonths(4), c.caseId());
    JsonNode frozen = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey",
        "acct-" + c.caseId(), "assetDescription", "招商银行账户存款", "assetType", "DEPOSIT", "kind", "FREEZE",
        "orderNumber", "（2026）粤执冻1号", "takenOn", today().toString()), JsonNode.class).getBody();
    flow.complete(officer, refused, forNow);
    Task refusedAgain = awaitRefusal(officer, c.caseId(), refused.getId());
    assertThat(formVariables(officer, refusedAgain).at("/forNowErrors/value").asText()).contains("车辆查询未获答复")
        .contains("招商银行账户存款”仍在冻结中").contains("未发出限制消费令").doesNotContain("不满 3 个月");

    // the deposit is released, the court records its own vehicle inquiry and the restriction issued after the notice
    api.as(officer).postForEntity("/api/measures/" + frozen.get("id").asLong() + "/lift", null, JsonNode.class);
    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/manual-inquiries", Map.of("source", "VEHICLE",
        "outcome", "NONE", "note", "车管所现场查询，无登记车辆"), Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/consumption-restriction",
        Map.of("issuedOn", today().toString()), Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    flow.complete(officer, refusedAgain, forNow);
    JsonNode dormant = flow.awaitStatus(c.caseId(), "TERMINATED_FOR_NOW");
    assertThat(dormant.get("timeline").findValuesAsText("type")).contains("FOR_NOW_REFUSED", "TERMINATED_FOR_NOW");
    flow.awaitOr(() -> requeryTimer(c.caseId()) != null, () -> "waiting for the re-query timer; " + flow.whereIs(c.caseId()));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.caseId()).list()).isEmpty();

    // six months on the re-query runs; the simulated inquiry finds this debtor's assets again, so the case resumes
    management.executeJob(requeryTimer(c.caseId()).getId());
    flow.awaitStatus(c.caseId(), "OPEN");
    assertThat(flow.theCase(c.caseId(), officer).get("timeline").findValuesAsText("type")).contains("REQUERIED", "RESUMED");
    assertThat(flow.theCase(c.caseId(), officer).get("resumedOn").asText()).isEqualTo(today().toString());
    // a resumed case is not terminated for now again at once: three months count from the resumption
    Task resumed = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    flow.complete(officer, resumed, forNow);
    Task refusedAfterResumption = awaitRefusal(officer, c.caseId(), resumed.getId());
    assertThat(formVariables(officer, refusedAfterResumption).at("/forNowErrors/value").asText())
        .contains("自恢复执行之日起不满 3 个月");
    jdbc.update("UPDATE enforcement_case SET resumed_on = ? WHERE id = ?", today().minusMonths(4), c.caseId());
    api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/manual-inquiries", Map.of("source", "VEHICLE",
        "outcome", "NONE", "note", "车管所现场查询，无登记车辆"), Void.class);
    flow.complete(officer, refusedAfterResumption, forNow);
    flow.awaitStatus(c.caseId(), "TERMINATED_FOR_NOW");
    flow.awaitOr(() -> requeryTimer(c.caseId()) != null, () -> "waiting for the re-query timer; " + flow.whereIs(c.caseId()));

    // the creditor brings a lead: the case resumes with a new inquiry round
    var lead = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/asset-leads",
        Map.of("description", "被执行人在前海有一处仓库", "location", "深圳市前海"), Void.class);
    assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    flow.awaitStatus(c.caseId(), "OPEN");
    Task afterResumption = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    assertThat(flow.theCase(c.caseId(), officer).get("timeline").findValuesAsText("type")).contains("RESUMED");
    // ... and the lead becomes a 核查线索 item for the executing court after the resumption
    flow.awaitOr(() -> api.as(officer).getForObject("/api/cases/" + c.caseId() + "/work-items", JsonNode.class)
        .findValuesAsText("type").contains("VERIFY_LEAD"), () -> "waiting for the lead's item; " + flow.whereIs(c.caseId()));
    flow.awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(c.caseId()).taskDefinitionKey("Task_DoWorkItem").count() == 1,
        () -> "waiting for the lead's task; " + flow.whereIs(c.caseId()));

    flow.complete(officer, afterResumption, Map.of("nextStep", "TERMINATE", "nextStepReason", "被执行人主体资格消灭，无遗产可供执行"));
    JsonNode closed = flow.awaitStatus(c.caseId(), "TERMINATED");
    assertThat(closed.get("closedOn").asText()).isEqualTo(today().toString());
    flow.awaitOr(() -> flow.processEnded(c.caseId()), () -> "waiting for the end; " + flow.whereIs(c.caseId()));
  }

  @Test
  void workItemsReachOnlyTheAssignedCourtWhichReportsItsResult() {
    CaseFlow.Decided c = flow.decidedCase(30_000_000L, DEBTOR);
    flow.awaitTask(c.caseId(), "Task_CoordinateJointWork");
    String path = "/api/cases/" + c.caseId() + "/work-items";
    Map<String, Object> seal = Map.of("type", "SEAL", "courtCode", "GD0304", "dueOn", today().plusDays(5).toString(),
        "instructions", "查封被执行人位于福田区的房产");

    // only the coordinating command centre assigns, only to courts under it, never in the past
    assertThat(api.as("officer-" + c.executingCourt()).postForEntity(path, seal, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var outside = api.as("coordinator-GD03").postForEntity(path, Map.of("type", "SEAL", "courtCode", "BJ0101",
        "dueOn", today().minusDays(1).toString(), "instructions", "x"), JsonNode.class);
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody().get("errors").findValuesAsText("field")).contains("courtCode");
    var assigned = api.as("coordinator-GD03").postForEntity(path, seal, JsonNode.class);
    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Task item = flow.awaitTask(c.caseId(), "Task_DoWorkItem");
    assertThat(item.getName()).isEqualTo("查封：" + flow.theCase(c.caseId(), "manager").get("caseNumber").asText());
    assertThat(tasks.getIdentityLinksForTask(item.getId())).extracting(l -> l.getGroupId()).containsOnly("court-GD0304");
    assertThat(item.getDueDate().toInstant().atZone(COURT_TIME).toLocalDate()).isEqualTo(today().plusDays(6));

    // court A (the original court GD0305) neither sees nor completes court B's (GD0304) item
    var courtA = api.as("officer-GD0305");
    assertThat(taskIds(courtA.getForObject("/engine-rest/task?processInstanceBusinessKey=" + c.caseId(), JsonNode.class)))
        .doesNotContain(item.getId());
    assertThat(courtA.getForEntity("/engine-rest/task/" + item.getId(), String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(courtA.postForEntity("/engine-rest/task/" + item.getId() + "/claim", Map.of("userId", "officer-GD0305"), String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(courtA.postForEntity("/engine-rest/task/" + item.getId() + "/complete", Map.of(), String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(taskIds(api.as("officer-GD0304").getForObject("/engine-rest/task?processInstanceBusinessKey=" + c.caseId(), JsonNode.class)))
        .containsExactly(item.getId());

    // overdue: the court is reminded and the item is on the coordinator's overdue list
    management.executeJob(management.createJobQuery().processInstanceId(item.getProcessInstanceId()).timers().singleResult().getId());
    flow.awaitOr(() -> !api.as("coordinator-GD03").getForObject("/api/work-items?overdue=true", JsonNode.class)
        .findValuesAsText("caseId").isEmpty(), () -> "waiting for the reminder; " + flow.whereIs(c.caseId()));
    assertThat(api.as("manager").getForObject("/api/cases?overdue=true", JsonNode.class).findValuesAsText("id")).contains(c.caseId());

    // court B reports: done, with the seal it took — registered as its measure and watched by the case
    flow.complete("officer-GD0304", item, Map.of("workItemOutcome", "DONE", "workItemResult", "已查封房产一套",
        "measureAssetType", "REAL_ESTATE", "measureAssetKey", "粤(2023)深圳市不动产权第0012345号",
        "measureAssetDescription", "福田区住宅一套", "measureOrderNumber", "（2025）粤0304执协12号"));
    flow.awaitOr(() -> "DONE".equals(api.as("coordinator-GD03").getForObject(path, JsonNode.class).get(0).get("status").asText()),
        () -> "waiting for the result; " + flow.whereIs(c.caseId()));
    JsonNode done = api.as("coordinator-GD03").getForObject(path, JsonNode.class).get(0);
    assertThat(done.get("completedBy").asText()).isEqualTo("officer-GD0304");
    JsonNode measure = api.as("officer-GD0304").getForObject("/api/cases/" + c.caseId() + "/measures", JsonNode.class).get(0);
    assertThat(measure.get("courtCode").asText()).isEqualTo("GD0304");
    assertThat(measure.get("expiresOn").asText()).isEqualTo(today().plusYears(3).toString());
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("control-measure")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> "waiting for the measure's watch");

    // the coordinator's desk in Tasklist assigns too; a court outside its area is refused and the desk reopens
    flow.complete("coordinator-GD03", flow.awaitTask(c.caseId(), "Task_CoordinateJointWork"), Map.of("deskItemType", "FIND_DEBTOR",
        "deskItemCourtCode", "BJ0101", "deskItemDueOn", today().plusDays(3).toString(), "deskItemInstructions", "查找法定代表人下落"));
    flow.awaitOr(() -> formVariables("coordinator-GD03", flow.awaitTask(c.caseId(), "Task_CoordinateJointWork"))
        .at("/deskErrors/value").asText().contains("辖区"), () -> "waiting for the refusal; " + flow.whereIs(c.caseId()));
    flow.complete("coordinator-GD03", flow.awaitTask(c.caseId(), "Task_CoordinateJointWork"), Map.of("deskItemType", "FIND_DEBTOR",
        "deskItemCourtCode", "GD0303", "deskItemDueOn", today().plusDays(3).toString(), "deskItemInstructions", "查找法定代表人下落"));
    flow.awaitOr(() -> api.as("coordinator-GD03").getForObject(path, JsonNode.class).size() == 2, () -> "waiting for the desk item");
    flow.awaitOr(() -> !taskIds(api.as("officer-GD0303").getForObject("/engine-rest/task?processInstanceBusinessKey=" + c.caseId(),
        JsonNode.class)).isEmpty(), () -> "waiting for GD0303's task");
  }

  @Test
  void fullPaymentClosesTheCaseAsPerformedAndLiftsItsMeasures() {
    CaseFlow.Decided c = flow.decidedCase(1_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.awaitTask(c.caseId(), "Task_AcknowledgeFile");
    var measure = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey", "6222020000" + c.caseId().hashCode(),
        "assetDescription", "工商银行账户存款", "assetType", "DEPOSIT", "kind", "FREEZE", "orderNumber", "（2025）粤执冻1号",
        "takenOn", today().toString()), JsonNode.class);
    assertThat(measure.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("control-measure")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> "waiting for the measure's watch");

    var paid = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/payments", Map.of("amountFen", 1_000_000L,
        "receivedOn", today().toString(), "payer", "深圳某某实业有限公司", "channel", "VOLUNTARY", "reference", "P" + c.caseId()),
        JsonNode.class);
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode closed = flow.awaitStatus(c.caseId(), "PERFORMED");
    assertThat(closed.get("closingNote").asText()).contains("执行款足额到账");
    flow.awaitOr(() -> flow.processEnded(c.caseId()), () -> "waiting for the end; " + flow.whereIs(c.caseId()));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.caseId()).list()).isEmpty();
    assertThat(api.as(officer).getForObject("/api/cases/" + c.caseId() + "/measures", JsonNode.class).get(0).get("status").asText())
        .isEqualTo("LIFTED");
    // a closed case takes no more money
    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/payments", Map.of("amountFen", 100L,
        "receivedOn", today().toString(), "payer", "x", "channel", "VOLUNTARY"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void settlementIsWatchedItsBreachResumesAndWithdrawalEndsTheCase() {
    CaseFlow.Decided c = flow.decidedCase(20_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    flow.awaitTask(c.caseId(), "Task_DecideNextStep");

    // the creditor follows its own case and brings a lead: the executing court must verify it within 5 days
    assertThat(api.as("applicant").getForObject("/api/cases", JsonNode.class).findValuesAsText("id")).contains(c.caseId());
    var lead = api.as("applicant").postForEntity("/api/cases/" + c.caseId() + "/asset-leads",
        Map.of("description", "被执行人在招商银行有一个账户", "location", "深圳"), JsonNode.class);
    assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(lead.getBody().get("type").asText()).isEqualTo("VERIFY_LEAD");
    assertThat(lead.getBody().get("courtCode").asText()).isEqualTo(c.executingCourt());
    assertThat(lead.getBody().get("dueOn").asText()).isEqualTo(today().plusDays(5).toString());
    Task verify = flow.awaitTask(c.caseId(), "Task_DoWorkItem");
    assertThat(tasks.getIdentityLinksForTask(verify.getId())).extracting(l -> l.getGroupId()).containsOnly("court-" + c.executingCourt());
    // the applicant may not steer the case itself
    assertThat(api.as("applicant").postForEntity("/api/cases/" + c.caseId() + "/settlement", Map.of("agreedOn", today().toString(),
        "performBy", today().plusMonths(1).toString(), "terms", "x"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    String settle = "/api/cases/" + c.caseId() + "/settlement";
    var invalid = api.as(officer).postForEntity(settle, Map.of("agreedOn", today().toString(),
        "performBy", today().minusDays(1).toString(), "terms", "分期付款"), JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.as(officer).postForEntity(settle, Map.of("agreedOn", today().toString(),
        "performBy", today().plusMonths(2).toString(), "terms", "被执行人于两个月内分两期付清"), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    flow.awaitStatus(c.caseId(), "SETTLEMENT");
    flow.awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(c.caseId()).count() == 0,
        () -> "the settlement ends the open tasks; " + flow.whereIs(c.caseId()));
    // a second settlement is refused while the first is watched
    assertThat(api.as(officer).postForEntity(settle, Map.of("agreedOn", today().toString(),
        "performBy", today().plusMonths(2).toString(), "terms", "再次和解"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/settlement-breach", Map.of("note", "第一期款项逾期未付"),
        Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    flow.awaitStatus(c.caseId(), "OPEN");
    flow.awaitTask(c.caseId(), "Task_DecideNextStep");

    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/withdrawal", Map.of("withdrawnOn", today().toString(),
        "reason", "双方已庭外和解"), Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode closed = flow.awaitStatus(c.caseId(), "WITHDRAWN");
    assertThat(closed.get("closingNote").asText()).contains("双方已庭外和解");
    flow.awaitOr(() -> flow.processEnded(c.caseId()), () -> "waiting for the end; " + flow.whereIs(c.caseId()));
  }

  @Test
  void limitIsExtendedByThePresidentAndByExcludedPeriodsThenTheCaseGoesToBankruptcy() {
    CaseFlow.Decided c = flow.decidedCase(40_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");

    var excluded = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/excluded-periods", Map.of("kind", "VALUATION",
        "from", today().plusDays(1).toString(), "to", today().plusDays(10).toString(), "note", "委托评估"), JsonNode.class);
    assertThat(excluded.getBody().get("limitDueOn").asText())
        .isEqualTo(CALENDAR.workingDayOnOrAfter(today().plusMonths(6).plusDays(10)).toString());

    var requested = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/extension-requests",
        Map.of("reason", "财产评估拍卖尚需时日"), JsonNode.class);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task approval = flow.awaitTask(c.caseId(), "Task_ApproveExtension");
    assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting(l -> l.getGroupId())
        .containsOnly("president-" + c.executingCourt());
    flow.complete("president-" + c.executingCourt(), approval, Map.of("extensionApproved", "YES", "extensionDecisionNote", "同意延长三个月"));
    flow.awaitOr(() -> CALENDAR.workingDayOnOrAfter(today().plusMonths(9).plusDays(10)).toString()
            .equals(flow.theCase(c.caseId(), officer).get("limitDueOn").asText()),
        () -> "waiting for the extension; " + flow.whereIs(c.caseId()));
    assertThat(api.as(officer).getForObject("/api/cases/" + c.caseId() + "/extension-requests", JsonNode.class).get(0)
        .get("decidedBy").asText()).isEqualTo("president-" + c.executingCourt());
    // at most one extension (crossexec.enforcement.max-extensions: 1)
    var second = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/extension-requests",
        Map.of("reason", "再次申请延长"), JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().get("detail").asText()).contains("最多可延长 1 次");

    flow.complete(officer, decide, Map.of("nextStep", "BANKRUPTCY", "nextStepReason", "被执行人资不抵债，经申请执行人同意移送破产审查"));
    JsonNode transferred = flow.awaitStatus(c.caseId(), "BANKRUPTCY_TRANSFER");
    assertThat(transferred.get("timeline").findValuesAsText("type")).contains("EXTENSION_APPROVED", "PERIOD_EXCLUDED",
        "HANDED_TO_BANKRUPTCY", "CLOSED");
  }

  @Test
  void aDisposalsExcludedPeriodMovesTheLimitWatchsTimerWhenRecorded() {
    CaseFlow.Decided c = flow.decidedCase(30_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    flow.awaitOr(() -> limitTimer(c.caseId()) != null, () -> "waiting for the limit watch; " + flow.whereIs(c.caseId()));
    java.util.Date before = limitTimer(c.caseId()).getDuedate();
    LocalDate dueBefore = LocalDate.parse(flow.theCase(c.caseId(), officer).get("limitDueOn").asText());

    // what a disposal's worker records when the disposal ends: its valuation did not count
    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx ->
        lifecycle.excludeRecordedPeriod(c.caseId(), ExcludedKind.VALUATION, today().plusDays(1), today().plusDays(20), "确定参考价：测试"));

    LocalDate dueAfter = CALENDAR.workingDayOnOrAfter(today().plusMonths(6).plusDays(20));
    assertThat(dueAfter).isAfter(dueBefore);
    java.time.Instant expected = CALENDAR.endOfDay(dueAfter.minusDays(31)).toInstant(); // the 30-day warning
    flow.awaitOr(() -> limitTimer(c.caseId()) != null && limitTimer(c.caseId()).getDuedate().toInstant().equals(expected),
        () -> "waiting for the limit watch to move its timer from " + before + "; " + flow.whereIs(c.caseId()));
    assertThat(flow.theCase(c.caseId(), officer).get("limitDueOn").asText()).isEqualTo(dueAfter.toString());
  }

  @Test
  void anExtensionRequestedAfterTheLimitExpiredIsRefusedWithAReason() {
    CaseFlow.Decided c = flow.decidedCase(20_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    jdbc.update("UPDATE enforcement_case SET enforcement_filed_on = ? WHERE id = ?", today().minusMonths(7), c.caseId());
    var refused = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/extension-requests",
        Map.of("reason", "财产评估拍卖尚需时日"), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").asText()).contains("届满后不能再申请延长");
    assertThat(api.as(officer).getForObject("/api/cases/" + c.caseId() + "/extension-requests", JsonNode.class)).isEmpty();
  }

  @Test
  void aNonLitigationCaseHasAThreeMonthLimit() {
    String caseId = java.util.UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(caseId, java.util.UUID.randomUUID().toString(), "（2026）粤0305执9号", "SERIES", "DIRECTED",
        "GD03", "GD0303", "GD0305", today(), 1_000_000L,
        List.of(new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", DEBTOR)),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole("GD0303", "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")),
        "coordinator-GD03", null, CaseType.NON_LITIGATION));
    var excluded = api.as("officer-GD0303").postForEntity("/api/cases/" + caseId + "/excluded-periods", Map.of("kind", "VALUATION",
        "from", today().plusDays(1).toString(), "to", today().plusDays(1).toString(), "note", "委托评估"), JsonNode.class);
    assertThat(excluded.getBody().get("limitDueOn").asText())
        .isEqualTo(CALENDAR.workingDayOnOrAfter(today().plusMonths(3).plusDays(1)).toString());
    assertThat(api.as("officer-GD0303").getForObject("/api/cases/" + caseId, JsonNode.class).get("caseType").asText())
        .isEqualTo("NON_LITIGATION");
  }

  /** The decision task given back with the 终本 refusal, after the one completed. */
  private Task awaitRefusal(String officer, String caseId, String completedTaskId) {
    flow.awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("Task_DecideNextStep").list()
        .stream().anyMatch(t -> !t.getId().equals(completedTaskId) && formVariables(officer, t).has("forNowErrors")),
        () -> "waiting for the refusal; " + flow.whereIs(caseId));
    return flow.awaitTask(caseId, "Task_DecideNextStep");
  }

  private org.camunda.bpm.engine.runtime.Job limitTimer(String caseId) {
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey("coordinated-enforcement")
        .processInstanceBusinessKey(caseId).singleResult();
    return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId()).activityId("Timer_LimitCheck")
        .singleResult();
  }

  @Autowired CaseLifecycleService lifecycle;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  private static final cn.court.crossexec.calendar.LegalCalendar CALENDAR = cn.court.crossexec.calendar.LegalCalendar.official();

  @Autowired CaseProcessReconciliation reconciliation;
  @Autowired EnforcementCaseService cases;

  @Test
  void centralizedCasesAgainstOneDebtorFormOneGroupUnderOneExecutingCourt() {
    String debtorId = "91440300MA5" + String.format("%06d", Math.abs(System.nanoTime() % 1_000_000)) + "X";
    CaseView first = cases.open(centralized(debtorId, "GD0303", 3_000_000L));
    CaseView second = cases.open(centralized(debtorId, "GD0304", 2_000_000L));

    assertThat(second.caseGroupId()).isEqualTo(first.caseGroupId()).isNotNull();
    // the group's executing court runs every case of the group; the second decision's court assists
    assertThat(second.executingCourtCode()).isEqualTo("GD0303");
    assertThat(second.courts()).extracting(OpenCaseCommand.CourtInRole::courtCode).contains("GD0303", "GD0304");
    JsonNode group = api.as("officer-GD0303").getForObject("/api/case-groups/" + first.caseGroupId(), JsonNode.class);
    assertThat(group.get("caseCount").asInt()).isEqualTo(2);
    assertThat(group.get("amountClaimedFen").asLong()).isEqualTo(5_000_000L);
    assertThat(group.get("executingCourtCode").asText()).isEqualTo("GD0303");
    assertThat(api.as("officer-BJ0101").getForEntity("/api/case-groups/" + first.caseGroupId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(flow.theCase(second.id(), "manager").get("timeline").findValuesAsText("type")).contains("GROUPED");
  }

  private static OpenCaseCommand centralized(String debtorId, String executingCourt, long amountFen) {
    String id = java.util.UUID.randomUUID().toString();
    return new OpenCaseCommand(id, id, "（2025）粤0305执" + Math.abs(id.hashCode() % 100000) + "号", "SERIES", "CENTRALIZED", "GD03",
        executingCourt, "GD0305", LocalDate.of(2025, 1, 6), amountFen,
        List.of(new OpenCaseCommand.Party("APPLICANT", "王五", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某集团有限公司", "ENTERPRISE", debtorId)),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executingCourt, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")), "coordinator-GD03", null);
  }

  @Test
  void aCaseOpenedBeforeItsProcessExistedGetsOneAndItsMeasureAWatch() {
    // a case in the tables from before the lifecycle model (opened yesterday, no process), with a measure in force
    String caseId = java.util.UUID.randomUUID().toString();
    jdbc.update("INSERT INTO enforcement_case (id, application_id, case_number, category, mode, coordinating_court_code,"
        + " executing_court_code, original_court_code, filed_on, amount_claimed_fen, recovered_fen, status, opened_by, opened_at,"
        + " enforcement_filed_on) VALUES (?, ?, ?, 'PASSIVE_RISK', 'DIRECTED', 'GD03', 'GD0303', 'GD0305', ?, 500000, 0, 'OPEN',"
        + " 'coordinator-GD03', ?, ?)", caseId, caseId, "（2023）粤0305执" + Math.abs(caseId.hashCode() % 10000) + "号",
        today().minusYears(2), java.time.OffsetDateTime.now(COURT_TIME).minusDays(1), today().minusDays(1));
    for (String[] court : new String[][] {{"GD03", "COORDINATING"}, {"GD0303", "EXECUTING"}, {"GD0305", "ORIGINAL"}}) {
      jdbc.update("INSERT INTO enforcement_case_court (case_id, court_code, court_role) VALUES (?, ?, ?)", caseId, court[0], court[1]);
    }
    jdbc.update("INSERT INTO enforcement_case_party (case_id, party_role, position, name, party_type, id_number)"
        + " VALUES (?, 'DEBTOR', 0, '深圳某某实业有限公司', 'ENTERPRISE', ?)", caseId, DEBTOR);
    jdbc.update("INSERT INTO control_measure (case_id, asset_key, asset_description, asset_type, measure_kind, court_code, order_number,"
        + " queue_rank, status, taken_on, effective_from, expires_on, renewals, created_by, created_at, ordered_at)"
        + " VALUES (?, ?, '工商银行账户存款', 'DEPOSIT', 'FREEZE', 'GD0303', '（2025）粤0303执冻9号', 1, 'EFFECTIVE', ?, ?, ?, 0, 'officer-GD0303', ?, ?)",
        caseId, "acct-" + caseId, today().minusMonths(2), today().minusMonths(2), today().plusMonths(10), java.time.OffsetDateTime.now(COURT_TIME),
        java.time.OffsetDateTime.now(COURT_TIME).minusMonths(2));

    // (only this case: the other tests' cases opened without a process are left as they are)
    assertThat(reconciliation.reconcile(caseId)).isGreaterThanOrEqualTo(1);
    flow.awaitTask(caseId, "Task_AcknowledgeFile");
    assertThat(flow.theCase(caseId, "manager").get("timeline").findValuesAsText("type")).contains("PROCESS_STARTED");
    flow.awaitOr(() -> { reconciliation.reconcile(caseId); return runtime.createProcessInstanceQuery().processDefinitionKey("control-measure")
        .processInstanceBusinessKey(caseId).count() == 1; }, () -> "waiting for the measure's watch; " + flow.whereIs(caseId));
    // repaired once: a second pass changes nothing
    assertThat(reconciliation.reconcile(caseId)).isZero();
  }

  private org.camunda.bpm.engine.runtime.Job requeryTimer(String caseId) {
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey("coordinated-enforcement")
        .processInstanceBusinessKey(caseId).singleResult();
    return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId()).activityId("Timer_Requery")
        .singleResult();
  }

  private JsonNode formVariables(String user, Task task) {
    return api.as(user).getForObject("/engine-rest/task/" + task.getId() + "/form-variables", JsonNode.class);
  }

  private static LocalDate today() {
    return LocalDate.now(COURT_TIME);
  }

  private static List<String> taskIds(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
