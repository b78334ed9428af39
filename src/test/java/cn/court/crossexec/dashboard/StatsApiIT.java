package cn.court.crossexec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.enforcement.CaseFlow;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/stats/...: the dashboard's numbers, scoped to the caller's courts, validated, and as CSV with a BOM. */
@cn.court.crossexec.support.IntegrationTest
class StatsApiIT {

  @Autowired EnforcementCaseService cases;
  @Autowired Api api;
  @Autowired Clock clock;
  @Autowired LegalCalendar calendar;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;

  private static final String DEBTOR = "91350100M000100Y43";

  @Test
  void overdueHandOverStepsWorkItemsAndIncidentsAreListedPerCourtAndLinkToTheCase() {
    CaseFlow flow = new CaseFlow(api, tasks, runtime, externalTasks);
    CaseFlow.Decided c = flow.decidedCase(2_000_000L, DEBTOR);
    String court = c.executingCourt();
    LocalDate today = LocalDate.now(clock);
    Task acknowledge = flow.awaitTask(c.caseId(), "Task_AcknowledgeFile");
    // within its 7 days the handler step is not overdue
    assertThat(rowsOf("coordinator-GD03", c.caseId())).isEmpty();

    // the command centre gives 南山 (GD0305) a work item due today; its model's reminder and the handler's fire
    flow.awaitTask(c.caseId(), "Task_CoordinateJointWork");
    assertThat(api.as("coordinator-GD03").postForEntity("/api/cases/" + c.caseId() + "/work-items", Map.of("type", "FIND_DEBTOR",
        "courtCode", "GD0305", "dueOn", today.toString(), "instructions", "查找法定代表人下落"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Task item = flow.awaitTask(c.caseId(), "Task_DoWorkItem");
    runTimer(acknowledge.getProcessInstanceId(), "Timer_HandlerOverdue");
    runTimer(item.getProcessInstanceId(), null);
    flow.awaitOr(() -> rowsOf("coordinator-GD03", c.caseId()).size() == 2, () -> "waiting for both reminders; " + flow.whereIs(c.caseId()));

    JsonNode overdue = api.as("coordinator-GD03").getForObject("/api/stats/deadlines/overdue", JsonNode.class);
    JsonNode handler = rowOf(rowsOf("coordinator-GD03", c.caseId()), "HAND_OVER");
    assertThat(handler.get("courtCode").asText()).isEqualTo(court);
    assertThat(handler.get("enforcementNumber").asText()).isEqualTo(flow.theCase(c.caseId(), "manager").get("enforcementNumber").asText())
        .contains("执");
    assertThat(handler.get("what").asText()).contains("承办人");
    // the handler's last day as the legal calendar counts it from the hand-over (7 days, off rest days)
    assertThat(handler.get("lastDay").asText()).isEqualTo(calendar.lastDay(today, Period.ofDays(7)).toString());
    assertThat(handler.get("link").asText()).isEqualTo("/cases/" + c.caseId());
    JsonNode workItem = rowOf(rowsOf("coordinator-GD03", c.caseId()), "WORK_ITEM");
    assertThat(workItem.get("courtCode").asText()).isEqualTo("GD0305");
    assertThat(workItem.get("lastDay").asText()).isEqualTo(today.toString());
    assertThat(workItem.get("daysOverdue").asLong()).isZero();
    assertThat(workItem.get("what").asText()).contains("查找法定代表人下落");
    assertThat(workItem.get("link").asText()).isEqualTo("/cases/" + c.caseId());
    assertThat(StreamSupport.stream(overdue.get("byCourt").spliterator(), false)
        .filter(b -> b.get("courtCode").asText().equals("GD0305")).findFirst().orElseThrow().get("workItems").asLong()).isPositive();

    // scope: the executing court sees its step, not 南山's item; 南山 sees its item; another province sees neither
    assertThat(rowsOf("officer-" + court, c.caseId()).findValuesAsText("kind")).containsExactly("HAND_OVER");
    assertThat(rowsOf("officer-GD0305", c.caseId()).findValuesAsText("kind")).containsExactly("WORK_ITEM");
    assertThat(rowsOf("officer-BJ0108", c.caseId())).isEmpty();
    assertThat(rowsOf("coordinator-BJ", c.caseId())).isEmpty();
    String csv = new String(api.as("coordinator-GD03").getForObject("/api/stats/deadlines/overdue?format=csv&court=GD0305",
        byte[].class), StandardCharsets.UTF_8);
    assertThat(csv).contains("联合执行事项," + c.caseId()).contains("/cases/" + c.caseId()).doesNotContain("移交环节," + c.caseId());
    // the per-court table downloads too
    String byCourt = new String(api.as("coordinator-GD03").getForObject("/api/stats/deadlines/overdue/courts?format=csv&court=GD0305",
        byte[].class), StandardCharsets.UTF_8);
    assertThat(byCourt).startsWith("\uFEFF法院代码,法院,逾期移交环节,逾期联合执行事项\r\nGD0305,深圳市南山区人民法院,");
    assertThat(Long.parseLong(byCourt.split("\r\n")[1].split(",")[3])).isPositive(); // its work items, ours among them

    // an incident on the case's process: counted for the executing court, linked to Cockpit's instance
    String incident = runtime.createIncident("dashboardTest", acknowledge.getExecutionId(), "stats-it", "测试异常：外部系统无响应")
        .getId();
    try {
      JsonNode ops = api.as("manager").getForObject("/api/stats/operations", JsonNode.class);
      JsonNode row = StreamSupport.stream(ops.get("incidents").spliterator(), false)
          .filter(i -> i.get("incidentId").asText().equals(incident)).findFirst().orElseThrow();
      assertThat(row.get("caseId").asText()).isEqualTo(c.caseId());
      assertThat(row.get("courtCode").asText()).isEqualTo(court);
      assertThat(row.get("message").asText()).isEqualTo("测试异常：外部系统无响应");
      assertThat(row.get("link").asText()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/"
          + acknowledge.getProcessInstanceId() + "/runtime");
      assertThat(row.get("caseLink").asText()).isEqualTo("/cases/" + c.caseId());
      assertThat(ops.get("messagesLink").asText()).isEqualTo("/api/process-messages?state=UNDELIVERABLE");
      assertThat(StreamSupport.stream(ops.get("byCourt").spliterator(), false)
          .filter(b -> court.equals(b.get("courtCode").asText())).findFirst().orElseThrow().get("openIncidents").asLong()).isPositive();
      assertThat(StreamSupport.stream(api.as("manager").getForObject("/api/stats/operations/courts?court=" + court, JsonNode.class)
          .spliterator(), false).filter(b -> court.equals(b.get("courtCode").asText())).findFirst().orElseThrow()
          .get("openIncidents").asLong()).isPositive();
      assertThat(api.as("coordinator-GD03").getForObject("/api/stats/operations", JsonNode.class).get("incidents")
          .findValuesAsText("incidentId")).contains(incident);
      assertThat(api.as("coordinator-BJ").getForObject("/api/stats/operations", JsonNode.class).get("incidents")
          .findValuesAsText("incidentId")).doesNotContain(incident);
      ResponseEntity<JsonNode> officer = api.as("officer-" + court).getForEntity("/api/stats/operations", JsonNode.class);
      assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      runtime.resolveIncident(incident);
    }

    // once the handler is named and the notice served, the hand-over step is no longer overdue
    flow.handOver(c);
    flow.awaitOr(() -> rowsOf("coordinator-GD03", c.caseId()).findValuesAsText("kind").equals(List.of("WORK_ITEM")),
        () -> "waiting for the hand-over; " + flow.whereIs(c.caseId()));
  }

  @Test
  void anOpenReferencePriceObjectionWindowIsListedWithItsLastDay() {
    CaseFlow flow = new CaseFlow(api, tasks, runtime, externalTasks);
    CaseFlow.Decided c = flow.decidedCase(3_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    var taken = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey", "STATS-" + c.caseId(),
        "assetDescription", "挖掘机一台", "assetType", "MOVABLE", "kind", "SEIZE", "orderNumber", "（2026）粤执扣" + c.caseId().hashCode() + "号",
        "takenOn", CaseFlow.today()), JsonNode.class);
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    flow.complete(officer, decide, Map.of("nextStep", "DISPOSE", "nextStepReason", "处置扣押财产"));
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_DetermineReferencePrice"), Map.of("valuationMethod", "ONLINE_INQUIRY",
        "referencePriceYuan", 200_000, "valuationBasis", "网络询价报告", "negotiationNotUsedReason", "当事人议价不成",
        "directedInquiryNotUsedReason", "无定向询价条件"));
    flow.awaitOr(() -> !windowsOf("coordinator-GD03", c.caseId()).isEmpty(), () -> "waiting for the price; " + flow.whereIs(c.caseId()));

    JsonNode window = windowsOf("coordinator-GD03", c.caseId()).get(0);
    assertThat(window.get("kind").asText()).isEqualTo("PRICE");
    assertThat(window.get("what").asText()).contains("参考价异议", "挖掘机一台");
    assertThat(window.get("courtCode").asText()).isEqualTo(c.executingCourt());
    LocalDate lastDay = LocalDate.parse(window.get("lastDay").asText());
    assertThat(lastDay).isAfterOrEqualTo(LocalDate.now(clock));
    assertThat(window.get("daysLeft").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), lastDay));
    assertThat(window.get("link").asText()).isEqualTo("/cases/" + c.caseId());
    assertThat(window.get("enforcementNumber").asText()).contains("执");
    assertThat(windowsOf(officer, c.caseId())).hasSize(1);
    assertThat(windowsOf("officer-GD0305", c.caseId())).isEmpty();
    assertThat(windowsOf("officer-BJ0108", c.caseId())).isEmpty();
  }

  @Test
  void aServedDistributionPlansObjectionWindowIsListedWithItsFifteenDays() {
    CaseFlow flow = new CaseFlow(api, tasks, runtime, externalTasks);
    CaseFlow.Decided c = flow.decidedCase(1_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);
    Task decide = flow.awaitTask(c.caseId(), "Task_DecideNextStep");
    // perishable goods are sold at once: their money opens a distribution
    var taken = api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures", Map.of("assetKey", "STATS-FRUIT-" + c.caseId(),
        "assetDescription", "冷库存放的柑橘 5 吨", "assetType", "MOVABLE", "kind", "SEIZE", "orderNumber", "（2026）粤执扣" + c.caseId().hashCode() + "号",
        "takenOn", CaseFlow.today()), JsonNode.class);
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(api.as(officer).postForEntity("/api/cases/" + c.caseId() + "/measures/" + taken.getBody().get("id").asLong()
        + "/perishable", Map.of("perishable", true), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    flow.complete(officer, decide, Map.of("nextStep", "DISPOSE", "nextStepReason", "处置易腐财产"));
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_RealizeDirectly"), Map.of("realizationMethod", "PERISHABLE_SALE",
        "realizedYuan", 5_000, "realizationNote", "按市价及时变卖"));
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("distribution")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> flow.whereIs(c.caseId()));
    String distribution = runtime.createProcessInstanceQuery().processDefinitionKey("distribution")
        .processInstanceBusinessKey(c.caseId()).singleResult().getId();
    flow.awaitOr(() -> management.createJobQuery().processInstanceId(distribution).activityId("Timer_ClaimsClose").count() == 1,
        () -> flow.whereIs(c.caseId()));
    runTimer(distribution, "Timer_ClaimsClose");
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_ReviewPlan"), Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    flow.awaitOr(() -> windowsOf("coordinator-GD03", c.caseId()).findValuesAsText("kind").contains("DISTRIBUTION"),
        () -> "waiting for the plan to be served; " + flow.whereIs(c.caseId()));

    JsonNode window = rowOf(windowsOf("coordinator-GD03", c.caseId()), "DISTRIBUTION");
    assertThat(window.get("what").asText()).isEqualTo("分配方案异议期");
    // 15 days from the day it was served, as the legal calendar counts them
    LocalDate today = LocalDate.now(clock);
    assertThat(window.get("lastDay").asText()).isEqualTo(calendar.lastDay(today, Period.ofDays(15)).toString());
    assertThat(window.get("daysLeft").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today,
        calendar.lastDay(today, Period.ofDays(15))));
    assertThat(window.get("link").asText()).isEqualTo("/cases/" + c.caseId());
    assertThat(windowsOf("officer-BJ0108", c.caseId())).isEmpty();
  }

  private void runTimer(String processInstanceId, String activityId) {
    var query = management.createJobQuery().processInstanceId(processInstanceId).timers();
    management.executeJob((activityId == null ? query : query.activityId(activityId)).singleResult().getId());
  }

  /** The overdue rows of one case as the user sees them. */
  private JsonNode rowsOf(String user, String caseId) {
    JsonNode rows = api.as(user).getForObject("/api/stats/deadlines/overdue", JsonNode.class).get("rows");
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> caseId.equals(r.get("caseId").asText())).toList());
  }

  private static JsonNode rowOf(JsonNode rows, String kind) {
    return StreamSupport.stream(rows.spliterator(), false).filter(r -> kind.equals(r.get("kind").asText())).findFirst().orElseThrow();
  }

  private JsonNode windowsOf(String user, String caseId) {
    JsonNode rows = api.as(user).getForObject("/api/stats/deadlines/objections", JsonNode.class).get("windows");
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> caseId.equals(r.get("caseId").asText())).toList());
  }

  @Test
  void kpisOfTodayCountTheCasesAcceptedAndTheMoneyRecovered() {
    String today = LocalDate.now(clock).toString();
    String query = "/api/stats/kpis?from=" + today + "&to=" + today;
    JsonNode before = line(api.as("coordinator-GD03").getForObject(query, JsonNode.class), "GD0303");

    String luohu = open("GD0303", 100_000L);
    open("GD0305", 40_000L);
    ResponseEntity<JsonNode> paid = api.as("officer-GD0303").postForEntity("/api/cases/" + luohu + "/payments",
        Map.of("amountFen", 25_000L, "receivedOn", today, "payer", "某某公司", "channel", "DEDUCTION"), JsonNode.class);
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode report = api.as("coordinator-GD03").getForObject(query, JsonNode.class);
    JsonNode after = line(report, "GD0303");
    assertThat(after.get("casesAccepted").asLong()).isEqualTo(before.get("casesAccepted").asLong() + 1);
    assertThat(after.get("claimedFen").asLong()).isEqualTo(before.get("claimedFen").asLong() + 100_000L);
    assertThat(after.get("recoveredFen").asLong()).isEqualTo(before.get("recoveredFen").asLong() + 25_000L);
    assertThat(after.get("substantiveProgress").asLong()).isEqualTo(before.get("substantiveProgress").asLong() + 1);
    // money received today on a case decided today: one more case in the average, which is then a number of days
    assertThat(after.get("casesWithFirstMoney").asLong()).isEqualTo(before.get("casesWithFirstMoney").asLong() + 1);
    assertThat(after.get("avgDaysToFirstMoney").isNumber()).isTrue();
    assertThat(report.get("definitions").findValuesAsText("name"))
        .contains("决定至首次控制措施平均天数", "决定至首笔到位款平均天数", "决定至结案平均天数");
    assertThat(report.get("definitions").findValuesAsText("name")).contains("执行到位率", "执行完毕率", "实际执行率", "终本率");
    // the coordinator of 深圳中院 sees the courts under it, and no other province's
    assertThat(codes(report.get("courts"))).contains("GD03", "GD0303", "GD0305").doesNotContain("BJ0108", "GD");
  }

  @Test
  void aCourtOfficerSeesOnlyTheirCourt() {
    open("GD0305", 1_000L);
    JsonNode kpis = api.as("officer-GD0303").getForObject("/api/stats/kpis", JsonNode.class);
    assertThat(codes(kpis.get("courts"))).containsExactly("GD0303");

    JsonNode counts = api.as("officer-GD0303").getForObject("/api/stats/cases", JsonNode.class);
    assertThat(counts.get("byCourt").findValuesAsText("key")).allMatch("GD0303"::equals);

    JsonNode limits = api.as("officer-GD0303").getForObject("/api/stats/deadlines/limits", JsonNode.class);
    assertThat(limits.get("cases").findValuesAsText("executingCourtCode")).allMatch("GD0303"::equals);
    assertThat(api.as("officer-GD0303").getForEntity("/api/stats/deadlines/measures", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> other = api.as("officer-GD0303").getForEntity("/api/stats/kpis?court=GD0305", JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody().get("errors").findValuesAsText("field")).containsExactly("court");

    JsonNode all = api.as("manager").getForObject("/api/stats/kpis", JsonNode.class);
    assertThat(codes(all.get("courts"))).contains("GD0303", "GD0305", "BJ0108");
  }

  @Test
  void badFiltersAreAllNamedAtOnce() {
    ResponseEntity<JsonNode> bad = api.as("manager").getForEntity(
        "/api/stats/cases?category=NOPE&mode=FAST&status=DONE&from=2026-13-01&court=XX99", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("category", "mode", "status", "from", "court");

    for (String path : List.of("/api/stats/deadlines/overdue", "/api/stats/deadlines/overdue/courts", "/api/stats/deadlines/objections",
        "/api/stats/operations", "/api/stats/operations/courts")) {
      ResponseEntity<JsonNode> wrong = api.as("manager").getForEntity(path + "?court=XX99&from=yesterday&status=DONE", JsonNode.class);
      assertThat(wrong.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(wrong.getBody().get("errors").findValuesAsText("field")).as(path).containsExactlyInAnyOrder("court", "from", "status");
    }

    ResponseEntity<JsonNode> backwards = api.as("manager").getForEntity("/api/stats/kpis?from=2026-03-01&to=2026-02-01", JsonNode.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().get("errors").findValuesAsText("field")).containsExactly("to");
  }

  @Test
  void everyEndpointAnswersCsvWithTheBomAndXlsx() throws Exception {
    open("GD0303", 5_000L);
    for (String path : List.of("/api/stats/cases", "/api/stats/cases/monthly", "/api/stats/kpis", "/api/stats/deadlines/limits",
        "/api/stats/deadlines/measures", "/api/stats/deadlines/overdue", "/api/stats/deadlines/overdue/courts",
        "/api/stats/deadlines/objections")) {
      ResponseEntity<byte[]> csv = api.as("officer-GD0303").getForEntity(path + "?format=csv", byte[].class);
      assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
      assertThat(csv.getBody()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
    HttpHeaders accept = new HttpHeaders();
    accept.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<byte[]> kpis = api.as("officer-GD0303").exchange("/api/stats/kpis", HttpMethod.GET, new HttpEntity<>(accept), byte[].class);
    String text = new String(kpis.getBody(), 3, kpis.getBody().length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("法院代码,法院,受理案件数").contains("\r\nGD0303,");

    ResponseEntity<byte[]> xlsx = api.as("officer-GD0303").getForEntity("/api/stats/kpis?format=xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("受理案件数");
      assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("GD0303");
      assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isPositive();
    }
    ResponseEntity<byte[]> operations = api.as("coordinator-GD03").getForEntity("/api/stats/operations?format=xlsx", byte[].class);
    assertThat(operations.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(operations.getBody()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("查看与处理");
    }
    assertThat(api.as("officer-GD0303").getForEntity("/api/stats/kpis?format=pdf", JsonNode.class).getBody()
        .get("errors").findValuesAsText("field")).containsExactly("format");
  }

  @Test
  void thePageItsChartsAndTheApiDocsAreServed() {
    ResponseEntity<String> page = api.as("manager").getForEntity("/dashboard", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("执行指挥", "/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(api.as("manager").getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.as("manager").getForObject("/v3/api-docs", String.class))
        .contains("/api/stats/kpis", "/api/stats/cases/monthly", "/api/stats/deadlines/limits");
    assertThat(api.anonymous().getForEntity("/api/stats/kpis", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String open(String executingCourt, long claimedFen) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), "（2026）粤执" + id.substring(0, 6) + "号", "PASSIVE_RISK",
        "DIRECTED", "GD03", executingCourt, "GD0304", LocalDate.of(2025, 3, 1), claimedFen,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executingCourt, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0304", "ORIGINAL")),
        "coordinator-GD03", null));
    return id;
  }

  private static JsonNode line(JsonNode report, String court) {
    return StreamSupport.stream(report.get("courts").spliterator(), false)
        .filter(c -> court.equals(c.get("courtCode").asText())).findFirst().orElseThrow();
  }

  private static List<String> codes(JsonNode courts) {
    return courts.findValuesAsText("courtCode");
  }
}
