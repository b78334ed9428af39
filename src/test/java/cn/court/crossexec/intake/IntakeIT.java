package cn.court.crossexec.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.Simultaneously;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** From POST /api/applications to a decided, assigned case, through the real workers, DMN and REST API. */
@IntegrationTest
class IntakeIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final AtomicInteger SEQUENCE = new AtomicInteger(7000 + (int) (System.nanoTime() % 1000));

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ExternalTaskService externalTasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void applicationIsReviewedByTheCommandCentreAndDecided() {
    // 深圳中院's own case: the high court decides, and a passive-risk case must leave 深圳 (its 福田区法院 will not do)
    Map<String, Object> body = application(nextCaseNumber("粤03"), "GD03", List.of("INTERFERENCE_SUSPECTED"), true);
    body.put("originalCourtReceivedOn", "2024-02-27");
    ResponseEntity<JsonNode> created = apply(body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = created.getBody().get("id").asText();
    assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/applications/" + id);

    Task review = awaitTask(id, "Task_CoordinatorReview");
    assertThat(tasks.getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("command-centre-GD"));
    assertThat(review.getDueDate()).isNotNull();

    // the review form is filled in from the application and the proposal
    JsonNode formVariables = api.as("coordinator-GD")
        .getForObject("/engine-rest/task/" + review.getId() + "/form-variables", JsonNode.class);
    assertThat(formVariables.at("/caseNumber/value").asText()).contains("粤03执");
    assertThat(formVariables.at("/reviewDueText/value").asText()).endsWith("日24时");
    assertThat(formVariables.at("/stallEligibleFromText/value").asText()).isNotBlank();
    assertThat(formVariables.at("/categoryLabel/value").asText()).contains("消极执行");
    assertThat(formVariables.at("/proposedModeLabel/value").asText()).isEqualTo("指令执行");
    String proposedCourt = formVariables.at("/executingCourtCode/value").asText();
    assertThat(proposedCourt).startsWith("GD").doesNotStartWith("GD03");

    // another court's officers and another command centre do not see the review; this command centre does
    assertThat(taskIds(api.as("officer-GD0303").getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, JsonNode.class))).isEmpty();
    assertThat(taskIds(api.as("coordinator-GD01").getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, JsonNode.class))).isEmpty();
    assertThat(taskIds(api.as("coordinator-GD03").getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, JsonNode.class))).isEmpty();
    assertThat(taskIds(api.as("coordinator-GD").getForObject("/engine-rest/task?processInstanceBusinessKey=" + id, JsonNode.class)))
        .containsExactly(review.getId());

    // the API shows the same last day the review timer enforces, and the day the six months were counted from
    JsonNode underReview = api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class);
    assertThat(underReview.get("originalCourtReceivedOn").asText()).isEqualTo("2024-02-27");
    java.time.LocalDate reviewLastDay = java.time.LocalDate.parse(underReview.get("reviewDueOn").asText());
    assertThat(review.getDueDate().toInstant())
        .isEqualTo(reviewLastDay.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    assertThat(underReview.get("stallEligibleFrom").asText()).isNotBlank();

    completeAs("coordinator-GD", review.getId(), Map.of(
        "reviewOutcome", "ACCEPT", "mode", "DIRECTED", "executingCourtCode", proposedCourt,
        "necessity", "原执行法院存在不当干预风险", "convenience", "被执行人财产位于指令法院辖区",
        "regularity", "符合交叉执行程序", "decisionReasons", "为排除干预，指令异地法院执行"));

    JsonNode decided = awaitStatus(id, "DECIDED");
    assertThat(decided.at("/decision/mode").asText()).isEqualTo("DIRECTED");
    assertThat(decided.at("/decision/executingCourtCode").asText()).isEqualTo(proposedCourt);
    assertThat(decided.at("/decision/decidedBy").asText()).isEqualTo("coordinator-GD");
    assertThat(decided.get("caseId").asText()).isNotBlank();
    assertThat(decided.get("category").asText()).isEqualTo("PASSIVE_RISK");
    // the hand-off to coordinated enforcement is the step after the decision
    awaitOr(() -> api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class).get("events")
            .findValuesAsText("type").contains("HANDED_OFF"),
        () -> "waiting for the hand-off; process is at " + whereIs(id));
    assertThat(api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class).get("events").findValuesAsText("type"))
        .contains("SUBMITTED", "FACTS_ASSESSED", "ASSESSED", "DECIDED", "HANDED_OFF");

    // the hand-off opened the coordinated enforcement case with its courts, roles and parties
    String caseId = decided.get("caseId").asText();
    JsonNode enforcementCase = api.as("officer-" + proposedCourt).getForObject("/api/cases/" + caseId, JsonNode.class);
    assertThat(enforcementCase.get("mode").asText()).isEqualTo("DIRECTED");
    assertThat(enforcementCase.get("executingCourtCode").asText()).isEqualTo(proposedCourt);
    assertThat(enforcementCase.get("amountClaimedFen").asLong()).isEqualTo(125_000_000L);
    assertThat(enforcementCase.get("courts").findValuesAsText("role")).contains("COORDINATING", "EXECUTING", "ORIGINAL");
    assertThat(enforcementCase.get("parties")).hasSize(2);
    assertThat(enforcementCase.get("timeline").findValuesAsText("type")).contains("OPENED");
    assertThat(api.as("officer-BJ0108").getForEntity("/api/cases/" + caseId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("manager").getForObject("/api/cases?courtCode=" + proposedCourt + "&mode=DIRECTED", JsonNode.class)
        .findValuesAsText("id")).contains(caseId);
    // an unrelated court's list does not hold it (other tests in this context may open cases BJ0108 takes part in)
    assertThat(api.as("officer-BJ0108").getForObject("/api/cases", JsonNode.class).findValuesAsText("id"))
        .doesNotContain(caseId);

    ResponseEntity<String> document = api.as("applicant").getForEntity("/api/applications/" + id + "/decision-document?download=true", String.class);
    assertThat(document.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(document.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(document.getBody()).contains("交叉执行决定书").contains("指令执行").contains("广东省高级人民法院");
  }

  @Test
  void rejectedApplicationCarriesTheReasons() {
    String id = apply(application(nextCaseNumber(), "GD0305", List.of("PETITION_CASE"), true)).getBody().get("id").asText();
    Task review = awaitTask(id, "Task_CoordinatorReview");
    completeAs("coordinator-GD03", review.getId(), Map.of("reviewOutcome", "REJECT", "rejectionReason", "原执行法院已恢复正常执行"));
    JsonNode rejected = awaitStatus(id, "REJECTED");
    assertThat(rejected.get("rejectionReason").asText()).isEqualTo("原执行法院已恢复正常执行");
  }

  @Test
  void reviewCompletedThroughEngineRestWithAnUnknownOutcomeIsA400ProblemListingEveryBadValueAndTheTaskStaysOpen() {
    String id = apply(application(nextCaseNumber(), "GD0305", List.of("PETITION_CASE"), true)).getBody().get("id").asText();
    Task review = awaitTask(id, "Task_CoordinatorReview");
    var client = api.as("coordinator-GD03");
    client.postForEntity("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "coordinator-GD03"), Void.class);

    ResponseEntity<JsonNode> refused = client.postForEntity("/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of("reviewOutcome", Map.of("value", "MAYBE"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(refused.getBody().get("status").asInt()).isEqualTo(400);
    assertThat(refused.getBody().get("title").asText()).contains("任务未能完成");
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("reviewOutcome");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

    // a rejection without its reasons: refused the same way, and the task can still be completed properly
    ResponseEntity<JsonNode> noReason = client.postForEntity("/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of("reviewOutcome", Map.of("value", "REJECT"))), JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("errors").findValuesAsText("field")).containsExactly("rejectionReason");
    completeAs("coordinator-GD03", review.getId(), Map.of("reviewOutcome", "REJECT", "rejectionReason", "申请人撤回请求"));
    assertThat(awaitStatus(id, "REJECTED").get("rejectionReason").asText()).isEqualTo("申请人撤回请求");
  }

  @Test
  void engineRestRefusalsAreProblemDetailsKeepingTheEnginesFields() {
    ResponseEntity<JsonNode> missing = api.as("coordinator-GD03").getForEntity("/engine-rest/task/no-such-task", JsonNode.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(missing.getBody().get("title").asText()).isEqualTo("所请求的对象不存在");
    assertThat(missing.getBody().get("status").asInt()).isEqualTo(404);
    // the engine's own fields stay, for the external-task client and other Camunda clients
    assertThat(missing.getBody().get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(missing.getBody().get("message").asText()).isNotBlank();
    assertThat(missing.getBody().get("detail").asText()).isEqualTo(missing.getBody().get("message").asText());
  }

  @Test
  void passiveRiskDecisionInsideTheLocalityReturnsToTheCoordinatorWhateverTheCompletionClaims() {
    String id = apply(application(nextCaseNumber("粤03"), "GD03", List.of("INTERFERENCE_SUSPECTED"), true)).getBody().get("id").asText();
    Task review = awaitTask(id, "Task_CoordinatorReview");
    // 深圳中院's passive-risk case directed to its own 福田区法院, with forged variables claiming no locality rule
    // applies: the server decides from the stored category and the court hierarchy
    Map<String, Object> forged = new HashMap<>(Map.of(
        "reviewOutcome", "ACCEPT", "mode", "DIRECTED", "executingCourtCode", "GD0304", "overrideReason", "试试",
        "necessity", "n", "convenience", "c", "regularity", "r", "decisionReasons", "d"));
    forged.put("outsideLocality", false);
    forged.put("category", "HARD_BONE");
    forged.put("proposedExecutingCourtCode", "GD0304");
    completeAs("coordinator-GD", review.getId(), forged);
    await().atMost(PATIENCE).until(() -> {
      Task again = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_CoordinatorReview").singleResult();
      return again != null && !again.getId().equals(review.getId());
    });
    JsonNode vars = api.as("manager").getForObject("/engine-rest/process-instance?businessKey=" + id, JsonNode.class);
    String instance = vars.get(0).get("id").asText();
    JsonNode errors = api.as("manager").getForObject("/engine-rest/process-instance/" + instance + "/variables/decisionErrors", JsonNode.class);
    assertThat(errors == null ? null : errors.get("value").asText()).contains("原执行法院所在地以外");
  }

  @Test
  void seriesDetectionCountsOnlyOpenApplicationsAgainstTheDebtor() {
    String debtorId = freshCreditCode();
    // an application at 罗湖 against this debtor, decided (directed elsewhere) and handed off: no longer open
    Map<String, Object> first = application(nextCaseNumber("粤0303"), "GD0303", List.of(), true);
    first.put("debtors", List.of(Map.of("name", "某系列被执行人有限公司", "type", "ENTERPRISE", "idNumber", debtorId)));
    String decidedId = apply(first).getBody().get("id").asText();
    Task review = awaitTask(decidedId, "Task_CoordinatorReview");
    completeAs("coordinator-GD03", review.getId(), Map.of(
        "reviewOutcome", "ACCEPT", "mode", "DIRECTED", "executingCourtCode", "GD0306", "overrideReason", "罗湖院案多人少",
        "necessity", "n", "convenience", "c", "regularity", "r", "decisionReasons", "d"));
    awaitStatus(decidedId, "DECIDED");

    // a later application at 南山 against the same debtor finds no other OPEN case
    Map<String, Object> second = application(nextCaseNumber(), "GD0305", List.of(), true);
    second.put("debtors", List.of(Map.of("name", "某系列被执行人有限公司", "type", "ENTERPRISE", "idNumber", debtorId)));
    String id = apply(second).getBody().get("id").asText();
    awaitTask(id, "Task_CoordinatorReview");
    JsonNode facts = api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class);
    List<String> assessed = new ArrayList<>();
    facts.get("events").forEach(e -> {
      if (e.get("type").asText().equals("FACTS_ASSESSED")) {
        assessed.add(e.get("detail").asText());
      }
    });
    assertThat(assessed).singleElement().asString().contains("未发现针对同一被执行人的其他未结案件");
  }

  /** A unified social credit code no other test uses, with valid check characters. */
  private static String freshCreditCode() {
    String digits = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    for (char org : "0123456789X".toCharArray()) {
      for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
        String candidate = "91350100" + digits + org + check;
        if (cn.court.crossexec.intake.identity.UnifiedSocialCreditCode.validate(candidate).valid()) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no valid code for " + digits);
  }

  @Test
  void missingMaterialIsSupplementedThenReviewed() {
    String id = apply(application(nextCaseNumber(), "GD0305", List.of(), false)).getBody().get("id").asText();
    JsonNode waiting = awaitStatus(id, "AWAITING_SUPPLEMENT");
    assertThat(waiting.get("missingMaterial").asText()).contains("执行依据");
    assertThat(waiting.get("supplementDueOn").asText()).isNotBlank();
    awaitOr(() -> runtime.createEventSubscriptionQuery().eventName("SupplementReceived")
            .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId()).count() == 1,
        () -> "waiting for the supplement message; process is at " + whereIs(id));

    ResponseEntity<JsonNode> supplemented = api.as("applicant").postForEntity("/api/applications/" + id + "/supplements",
        Map.of("materials", List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF"), "note", "补交执行依据"), JsonNode.class);
    assertThat(supplemented.getStatusCode()).isEqualTo(HttpStatus.OK);
    awaitTask(id, "Task_CoordinatorReview");

    ResponseEntity<JsonNode> again = api.as("applicant").postForEntity("/api/applications/" + id + "/supplements",
        Map.of("materials", List.of("ASSET_LEADS")), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void sameCaseSubmittedTwiceByTheSameApplicantIsOneApplication() {
    Map<String, Object> body = application(nextCaseNumber(), "GD0305", List.of(), true);
    ResponseEntity<JsonNode> first = apply(body);
    ResponseEntity<JsonNode> second = apply(body);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody().get("id").asText()).isEqualTo(first.getBody().get("id").asText());
  }

  @Test
  void twentySimultaneousSubmissionsOfOneCaseWithoutAKeyAreOneApplicationAndAllGetIt() throws Exception {
    String caseNumber = nextCaseNumber();
    Map<String, Object> body = application(caseNumber, "GD0305", List.of(), true);
    var ids = new java.util.HashSet<String>();
    var statuses = new java.util.ArrayList<HttpStatus>();
    for (ResponseEntity<JsonNode> response : Simultaneously.run(20, () -> apply(body))) {
      statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
      ids.add(response.getBody().path("id").asText());
    }
    assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.OK).containsOnlyOnce(HttpStatus.CREATED);
    assertThat(ids).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from xe_application where case_number = ?", Integer.class,
        caseNumber)).isEqualTo(1);
  }

  @Test
  void invalidApplicationNamesEachBadFieldAndStoresNothing() {
    Integer before = jdbc.queryForObject("select count(*) from xe_application", Integer.class);
    Map<String, Object> body = application("（2024）粤0305民1号", "GD0305", List.of(), true);
    body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "110105194912310021")));
    body.put("debtors", List.of(Map.of("name", "某公司", "type", "ENTERPRISE", "idNumber", "91350100M000100Y44")));
    body.put("amountClaimedFen", -5);
    ResponseEntity<JsonNode> response = apply(body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("amountClaimedFen");

    body.put("amountClaimedFen", 100);
    body.put("originalCourtReceivedOn", "2024-03-02"); // after the filing date (2024-03-01)
    ResponseEntity<JsonNode> business = apply(body);
    assertThat(business.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(business.getBody().get("errors").findValuesAsText("field"))
        .contains("caseNumber", "applicants[0].idNumber", "debtors[0].idNumber", "originalCourtReceivedOn");
    assertThat(jdbc.queryForObject("select count(*) from xe_application", Integer.class)).isEqualTo(before);
  }

  @Test
  void applicantsSeeOnlyTheirOwnAndOtherCourtsSeeNothing() {
    String id = apply(application(nextCaseNumber(), "GD0305", List.of(), true)).getBody().get("id").asText();
    assertThat(api.as("applicant").getForEntity("/api/applications/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // a second applicant sees neither the application nor it in their list
    String other = "applicant-" + System.nanoTime();
    var user = identity.newUser(other);
    user.setPassword(Api.DEMO_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(other, "applicants");
    assertThat(api.as(other).getForEntity("/api/applications/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as(other).getForObject("/api/applications", JsonNode.class).findValuesAsText("id")).doesNotContain(id);
    assertThat(api.as("applicant").getForObject("/api/applications", JsonNode.class).findValuesAsText("id")).contains(id);
    assertThat(api.as("officer-GD0305").getForEntity("/api/applications/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.as("officer-BJ0108").getForEntity("/api/applications/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("coordinator-BJ01").getForEntity("/api/applications/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("officer-GD0305").postForEntity("/api/applications", application(nextCaseNumber(), "GD0305", List.of(), true), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void courtRefersItsOwnCaseWithThePartiesWishes() {
    Map<String, Object> referral = Map.of("caseDetails", application(nextCaseNumber(), "GD0305", List.of("CROSS_REGION_ASSETS"), true),
        "partiesWishes", "申请执行人同意异地执行；被执行人无异议");
    ResponseEntity<JsonNode> own = api.as("officer-GD0305").postForEntity("/api/referrals", referral, JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(own.getBody().get("source").asText()).isEqualTo("REFERRAL");
    Task review = awaitTask(own.getBody().get("id").asText(), "Task_CoordinatorReview");
    assertThat(review).isNotNull();

    ResponseEntity<JsonNode> other = api.as("officer-GD0303").postForEntity("/api/referrals",
        Map.of("caseDetails", application(nextCaseNumber(), "GD0305", List.of(), true), "partiesWishes", "无"), JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers ---

  private ResponseEntity<JsonNode> apply(Map<String, Object> body) {
    return api.as("applicant").postForEntity("/api/applications", body, JsonNode.class);
  }

  private static String nextCaseNumber() {
    return nextCaseNumber("粤0305");
  }

  private static String nextCaseNumber(String designator) {
    return "（2024）" + designator + "执" + SEQUENCE.incrementAndGet() + "号";
  }

  private static Map<String, Object> application(String caseNumber, String court, List<String> indicators, boolean complete) {
    Map<String, Object> body = new HashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("originalCourtCode", court);
    body.put("filedOn", "2024-03-01");
    body.put("amountClaimedFen", 125_000_000L);
    body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "11010519491231002X")));
    body.put("debtors", List.of(Map.of("name", "深圳某某实业有限公司", "type", "ENTERPRISE", "idNumber", "91350100M000100Y43")));
    body.put("assetLeads", "被执行人在南山区有商铺一间");
    body.put("reasons", "立案两年余仍未执行到位");
    body.put("excludedPeriods", List.of(Map.of("kind", "VALUATION", "from", "2024-05-01", "to", "2024-06-15")));
    body.put("indicators", indicators);
    body.put("materials", complete ? List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF") : List.of("IDENTITY_PROOF"));
    return body;
  }

  private Task awaitTask(String businessKey, String key) {
    awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).count() == 1,
        () -> "waiting for " + key + "; process is at " + whereIs(businessKey));
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
  }

  private JsonNode awaitStatus(String id, String status) {
    awaitOr(() -> status.equals(api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class).get("status").asText()),
        () -> "waiting for " + status + "; process is at " + whereIs(id));
    return api.as("applicant").getForObject("/api/applications/" + id, JsonNode.class);
  }

  private void completeAs(String user, String taskId, Map<String, Object> variables) {
    var client = api.as(user);
    assertThat(client.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    assertThat(client.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static void awaitOr(java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> explain) {
    try {
      await().atMost(PATIENCE).until(condition);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(explain.get(), e);
    }
  }

  /** Where the application's process stands, for a readable failure. */
  private String whereIs(String businessKey) {
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    if (instance == null) {
      return "ended or not started";
    }
    var external = externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(t -> t.getTopicName() + " worker=" + t.getWorkerId() + " lock=" + t.getLockExpirationTime() + " retries=" + t.getRetries()
            + " suspended=" + t.isSuspended() + " priority=" + t.getPriority())
        .toList();
    return runtime.getActiveActivityIds(instance.getId()) + " external " + external + ", incidents "
        + runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream().map(i -> i.getIncidentMessage()).toList();
  }

  private static List<String> taskIds(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
