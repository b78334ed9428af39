package cn.court.crossexec.bankruptcy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.AssetType;
import cn.court.crossexec.enforcement.CaseOutcomes;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.MeasureKind;
import cn.court.crossexec.enforcement.MeasureRequest;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.Simultaneously;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The transfer of an enterprise debtor to bankruptcy review end to end, with the real workers and the screening DMN:
 * started by the executing court, screened a zombie, a creditor's written consent through the API (idempotent, checked),
 * the judge's opinion, the collegial review and the president's signature through /engine-rest as those people, served,
 * decided; the status and history on the debtor page; 409 for a consent after the end and for a second transfer. And a
 * transfer nobody consents to: at the deadline it ends and every case against the debtor records art. 514.
 */
@IntegrationTest
class BankruptcyTransferIT {

  private static final String OFFICER = "officer-GD0303";
  private static final String PRESIDENT = "president-GD0303";
  private static final String CREDITOR = "11010519491231002X";

  @Autowired EnforcementCaseService cases;
  @Autowired ControlMeasureService measures;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Api api;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @Test
  void aZombieWithACreditorsWrittenConsentIsDecidedSignedAndServed() {
    String uscc = uscc();
    String caseId = open(uscc, "GD0303", "GD0305");
    String otherCourtsCase = open(uscc, "GD0306", "GD0306");

    // a natural-person field error and an unknown court are all reported at once, nothing is started
    ResponseEntity<JsonNode> bad = api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", UUID.randomUUID().toString(), "reason", "", "receivingCourtCode", "XX99"), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).contains("caseId", "reason", "receivingCourtCode");
    assertThat(debtor(uscc).path("bankruptcyStatus").asText()).isEqualTo("NONE");

    ResponseEntity<JsonNode> started = api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "多次终本，无财产可供执行"), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String transferId = started.getBody().path("id").asText();
    assertThat(started.getBody().path("startedHow").asText()).isEqualTo("COURT");
    assertThat(started.getBody().path("receivingCourtCode").asText()).isEqualTo("GD03");
    assertThat(started.getBody().path("approvalCourtCode").isTextual()).isFalse();
    // one transfer per debtor at a time
    assertThat(api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "再次启动"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Task facts = awaitTask(transferId, "Task_RecordScreeningFacts");
    assertThat(facts.getName()).isEqualTo("录入破产甄别情况：" + debtorName(uscc) + "（（2024）粤0305执" + suffix(caseId) + "号）");
    // a completion the check refuses: 4xx, the task stays open
    ResponseEntity<String> refused = completeAs(OFFICER, facts, Map.of("stillOperating", "不知道", "employees", -1,
        "assetsFoundYuan", "x"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("stillOperating", "在职职工人数", "金额格式不正确");
    assertThat(tasks.createTaskQuery().taskId(facts.getId()).count()).isEqualTo(1);
    assertThat(completeAs(OFFICER, facts, zombie()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode screened = awaitState(uscc, "AWAITING_CONSENT");
    JsonNode transfer = screened.path("bankruptcyTransfer");
    assertThat(transfer.path("screening").path("outcome").asText()).isEqualTo("ZOMBIE");
    assertThat(transfer.path("screening").path("rule").asText()).isEqualTo("R2");
    assertThat(transfer.path("screening").path("reason").asText()).contains("僵尸企业");
    assertThat(transfer.path("screening").path("openCases").asInt()).isEqualTo(2);
    assertThat(transfer.path("screening").path("debtsFen").asLong()).isEqualTo(2 * 50_000_000L);
    awaitHistory(uscc, "CONSENT_ASKED");
    assertThat(debtor(uscc).path("bankruptcyTransfer").path("consentDueAt").isTextual()).isTrue();

    // bad consents, every error at once: not in writing, a future date, someone who is no party
    ResponseEntity<JsonNode> badConsent = consent(uscc, Map.of("caseId", otherCourtsCase, "partyIdNumber", "440300199001011237",
        "inWriting", false, "documentRef", "同意书", "consentedOn", LocalDate.now().plusDays(30).toString()));
    assertThat(badConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badConsent.getBody().path("errors").findValuesAsText("field"))
        .contains("inWriting", "consentedOn", "partyIdNumber");

    // the creditor of the other court's case consents in writing; the same consent again is the one on record
    Map<String, Object> written = Map.of("caseId", otherCourtsCase, "partyIdNumber", CREDITOR, "inWriting", true,
        "documentRef", "（2024）同意移送破产审查书第1号", "consentedOn", LocalDate.now().minusDays(1).toString());
    ResponseEntity<JsonNode> first = consent(uscc, written);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().path("partyRole").asText()).isEqualTo("CREDITOR");
    ResponseEntity<JsonNode> again = consent(uscc, written);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().path("id").asLong()).isEqualTo(first.getBody().path("id").asLong());

    assertThat(completeAs(OFFICER, awaitTask(transferId, "Task_JudgeOpinion"),
        Map.of("recommendTransfer", true, "opinion", "无财产、无账册、无人员，建议移送")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeAs(OFFICER, awaitTask(transferId, "Task_CollegialReview"),
        Map.of("reviewApproved", true, "reviewNote", "合议庭一致同意移送")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task sign = awaitTask(transferId, "Task_PresidentSign");
    // only the president signs
    assertThat(completeAs(OFFICER, sign, Map.of("presidentSigned", true)).getStatusCode().is4xxClientError()).isTrue();
    assertThat(completeAs(PRESIDENT, sign, Map.of("presidentSigned", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task serve = awaitTask(transferId, "Task_ServeDecision");
    assertThat(serve.getDueDate()).isNotNull();
    assertThat(completeAs(OFFICER, serve, Map.of("servedTo", "直接送达申请执行人、被执行人")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode decided = awaitState(uscc, "DECIDED");
    assertThat(decided.path("bankruptcyStatusLabel").asText()).isEqualTo("已决定移送破产审查");
    assertThat(decided.path("bankruptcyHistory").findValuesAsText("type")).containsSubsequence("STARTED",
        "FACTS_RECORDED", "SCREENED", "CONSENT_ASKED", "CONSENTED", "OPINION", "REVIEWED", "SIGNED", "DECISION_MADE",
        "SERVED");
    assertThat(actorOf(decided, "SIGNED")).isEqualTo(PRESIDENT);
    assertThat(actorOf(decided, "CONSENTED")).isEqualTo(OFFICER);
    assertThat(decided.path("bankruptcyTransfer").path("servedOn").asText()).isNotBlank();
    // seen from the other court that enforces against the debtor too
    assertThat(api.as("officer-GD0306").getForObject("/api/debtors/" + uscc, JsonNode.class).path("bankruptcyStatus")
        .asText()).isEqualTo("DECIDED");

    // after the end: no more consents, and the case is not transferred a second time
    assertThat(consent(uscc, Map.of("caseId", caseId, "partyIdNumber", uscc, "inWriting", true, "documentRef", "被执行人同意书",
        "consentedOn", LocalDate.now().toString())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "再次移送"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void nobodyConsentingByTheDeadlineEndsTheTransferAndRecordsTheOrderOfSeizureOnEveryCase() {
    String uscc = uscc();
    String caseId = open(uscc, "GD0303", "GD0305");
    String otherCase = open(uscc, "GD0304", "GD0304");
    String transferId = api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "财产不足以清偿"), JsonNode.class).getBody().path("id").asText();
    completeAs(OFFICER, awaitTask(transferId, "Task_RecordScreeningFacts"), zombie());
    awaitHistory(uscc, "CONSENT_ASKED");

    // the deadline: its timer job run now (the engine clock is not moved in a shared context)
    var timer = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().timers()
        .processInstanceId(processOf(transferId)).singleResult(), j -> j != null);
    management.executeJob(timer.getId());

    JsonNode ended = awaitState(uscc, "NOT_CONSENTED");
    assertThat(ended.path("bankruptcyHistory").findValuesAsText("type")).contains("NOT_CONSENTED");
    for (String c : List.of(caseId, otherCase)) {
      JsonNode theCase = api.as("manager").getForObject("/api/cases/" + c, JsonNode.class);
      assertThat(theCase.path("timeline").findValuesAsText("type")).as(c).contains("BANKRUPTCY_TRANSFER_FAILED");
    }
    assertThat(consent(uscc, Map.of("caseId", caseId, "partyIdNumber", CREDITOR, "inWriting", true, "documentRef", "迟到的同意书",
        "consentedOn", LocalDate.now().toString())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // refused once, the same case is not transferred again
    ResponseEntity<JsonNode> second = api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "再次移送"), JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("detail").asText()).contains("不得再次移送");
  }

  @Test
  void nothingFoundAfterTwoRequeriesProposesATransferThatIsATaskForTheExecutingCourt() {
    String uscc = uscc();
    String caseId = open(uscc, "GD0303", "GD0305");
    transaction.executeWithoutResult(s -> events.publishEvent(new CaseOutcomes.NothingFoundAfterTwoRequeries(caseId)));
    JsonNode proposed = awaitState(uscc, "PROPOSED");
    String transferId = proposed.path("bankruptcyTransfer").path("id").asText();
    assertThat(proposed.path("bankruptcyTransfer").path("startedHow").asText()).isEqualTo("SYSTEM");
    assertThat(actorOf(proposed, "STARTED")).isEqualTo("system");
    // the same point again proposes nothing new
    transaction.executeWithoutResult(s -> events.publishEvent(new CaseOutcomes.NothingFoundAfterTwoRequeries(caseId)));
    assertThat(debtor(uscc).path("bankruptcyHistory").findValuesAsText("type").stream().filter("STARTED"::equals))
        .hasSize(1);

    Task review = awaitTask(transferId, "Task_ReviewProposal");
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(l -> "court-GD0303".equals(l.getGroupId()));
    // nothing is screened until the court accepts the proposal
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(transferId).taskDefinitionKey("Task_RecordScreeningFacts")
        .count()).isZero();
    assertThat(completeAs(OFFICER, review, Map.of("proposalAccepted", true, "reviewNote", "多次终本，启动甄别"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    awaitTask(transferId, "Task_RecordScreeningFacts");
    JsonNode screening = awaitState(uscc, "SCREENING");
    assertThat(actorOf(screening, "PROPOSAL_ACCEPTED")).isEqualTo(OFFICER);
  }

  @Test
  void aViableEnterprisesAssetsAreHeldInEveryCourtUntilTheJudgeDecidesEnforcementGoesOn() {
    String uscc = uscc();
    String caseId = open(uscc, "GD0303", "GD0305");
    String otherCase = open(uscc, "GD0306", "GD0306");
    seize(caseId, "GD0303", "粤B" + UUID.randomUUID().toString().substring(0, 6), "生产设备一批");
    seize(otherCase, "GD0306", "粤(2024)深圳市不动产权第" + UUID.randomUUID(), "厂房一栋");
    String transferId = api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "资不抵债，仍在生产"), JsonNode.class).getBody().path("id").asText();
    Map<String, Object> viable = zombie();
    viable.put("stillOperating", true);
    viable.put("booksKept", true);
    viable.put("staffRemaining", true);
    viable.put("employees", 120);
    completeAs(OFFICER, awaitTask(transferId, "Task_RecordScreeningFacts"), viable);

    JsonNode assessed = awaitState(uscc, "RESCUE_ASSESSMENT");
    assertThat(assessed.path("bankruptcyTransfer").path("screening").path("rule").asText()).isEqualTo("R6");
    Task assess = awaitTask(transferId, "Task_AssessRescueValue");
    // the hold was made in the screening's own steps: every court's seized asset of the debtor waits
    assertThat(detailOf(debtor(uscc), "CORE_ASSETS_HELD")).contains("2 项");
    for (String c : List.of(caseId, otherCase)) {
      assertThat(timelineTypes(c)).as(c).contains("CORE_ASSET_HELD").doesNotContain("CORE_ASSET_RELEASED");
    }

    assertThat(completeAs(OFFICER, assess, Map.of("rescueDecision", "CONTINUE", "assessmentNote", "订单恢复，可以履行"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    awaitState(uscc, "NOT_TRANSFERRED");
    for (String c : List.of(caseId, otherCase)) {
      assertThat(timelineTypes(c)).as(c).contains("CORE_ASSET_RELEASED");
    }
  }

  @Test
  void onlyTheExecutingCourtOrItsCommandCentreStartsAndAnotherAreasCourtNeedsTheIntermediateCourtsApproval() {
    String uscc = uscc();
    String caseId = open(uscc, "GD0303", "GD0305");
    Map<String, Object> toGuangzhou = Map.of("caseId", caseId, "reason", "被执行人住所地在广州", "receivingCourtCode", "GD01");
    // the original court sees the debtor but does not execute the case; a court without a case does not see it
    assertThat(api.as("officer-GD0305").postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers", toGuangzhou,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.as("officer-ZJ0102").postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers", toGuangzhou,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // a basic court is not a receiving court
    assertThat(api.as("coordinator-GD03").postForEntity("/api/debtors/" + uscc + "/bankruptcy-transfers",
        Map.of("caseId", caseId, "reason", "移送", "receivingCourtCode", "GD0104"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(debtor(uscc).path("bankruptcyStatus").asText()).isEqualTo("NONE");

    ResponseEntity<JsonNode> started = api.as("coordinator-GD03").postForEntity("/api/debtors/" + uscc
        + "/bankruptcy-transfers", toGuangzhou, JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getBody().path("startedHow").asText()).isEqualTo("COORDINATOR");
    assertThat(started.getBody().path("receivingCourtCode").asText()).isEqualTo("GD01");
    // 罗湖 (under 深圳中院) sending to 广州中院: 深圳中院 approves (法发〔2017〕2号第六条)
    assertThat(started.getBody().path("approvalCourtCode").asText()).isEqualTo("GD03");
    assertThat(actorOf(debtor(uscc), "STARTED")).isEqualTo("coordinator-GD03");
  }

  @Test
  void simultaneousStartsMakeOneTransferAndSimultaneousIdenticalConsentsOneConsent() throws Exception {
    String uscc = uscc();
    List<String> caseIds = List.of(open(uscc, "GD0303", "GD0305"), open(uscc, "GD0303", "GD0304"),
        open(uscc, "GD0303", "GD0306"), open(uscc, "GD0303", "GD0307"));
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<HttpStatus> starts = Simultaneously.run(4, () -> (HttpStatus) api.as(OFFICER).postForEntity("/api/debtors/"
        + uscc + "/bankruptcy-transfers", Map.of("caseId", caseIds.get(next.getAndIncrement()), "reason", "同时启动"),
        JsonNode.class).getStatusCode());
    assertThat(starts).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
    assertThat(starts).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
    assertThat(debtor(uscc).path("bankruptcyHistory").findValuesAsText("type")).containsOnlyOnce("STARTED");

    Map<String, Object> written = Map.of("caseId", caseIds.get(1), "partyIdNumber", CREDITOR, "inWriting", true,
        "documentRef", "同意书（重复提交）", "consentedOn", LocalDate.now().toString());
    List<ResponseEntity<JsonNode>> consents = Simultaneously.run(8, () -> consent(uscc, written));
    assertThat(consents).extracting(r -> r.getStatusCode().value()).containsOnly(201, 200);
    assertThat(consents).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(1);
    assertThat(consents).extracting(r -> r.getBody().path("id").asLong()).containsOnly(consents.get(0).getBody()
        .path("id").asLong());
    assertThat(debtor(uscc).path("bankruptcyTransfer").path("consents")).hasSize(1);
  }

  // --- helpers ---

  private void seize(String caseId, String court, String assetKey, String description) {
    measures.take(caseId, new MeasureRequest(assetKey, description, AssetType.MOVABLE, MeasureKind.SEAL,
        "（2024）粤" + court.substring(2) + "执保1号", LocalDate.now().minusDays(10)),
        new CurrentUser("officer-" + court, List.of("court-" + court)));
  }

  private List<String> timelineTypes(String caseId) {
    return api.as("manager").getForObject("/api/cases/" + caseId, JsonNode.class).path("timeline").findValuesAsText("type");
  }

  private static String detailOf(JsonNode debtor, String type) {
    for (JsonNode e : debtor.path("bankruptcyHistory")) {
      if (type.equals(e.path("type").asText())) {
        return e.path("detail").asText();
      }
    }
    throw new AssertionError("no " + type + " in " + debtor.path("bankruptcyHistory"));
  }

  private static Map<String, Object> zombie() {
    Map<String, Object> v = new HashMap<>();
    v.put("stillOperating", false);
    v.put("booksKept", false);
    v.put("staffRemaining", false);
    v.put("brandOrLicences", false);
    v.put("employees", 0);
    v.put("assetsFoundYuan", "1000.50");
    v.put("factsNote", "人去楼空");
    return v;
  }

  private ResponseEntity<JsonNode> consent(String uscc, Map<String, Object> body) {
    return api.as(OFFICER).postForEntity("/api/debtors/" + uscc + "/bankruptcy-consents", body, JsonNode.class);
  }

  private JsonNode debtor(String uscc) {
    return api.as(OFFICER).getForObject("/api/debtors/" + uscc, JsonNode.class);
  }

  private JsonNode awaitState(String uscc, String state) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> debtor(uscc),
        d -> state.equals(d.path("bankruptcyStatus").asText()));
  }

  private void awaitHistory(String uscc, String type) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> debtor(uscc).path("bankruptcyHistory")
        .findValuesAsText("type").contains(type));
  }

  private static String actorOf(JsonNode debtor, String type) {
    for (JsonNode e : debtor.path("bankruptcyHistory")) {
      if (type.equals(e.path("type").asText())) {
        return e.path("actor").asText();
      }
    }
    throw new AssertionError("no " + type);
  }

  private String processOf(String transferId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(transferId).singleResult().getId();
  }

  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  private Task awaitTask(String transferId, String key) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(transferId).taskDefinitionKey(key).singleResult(), t -> t != null);
  }

  /** Claims and completes the task as the user, through the engine's REST API (as Tasklist does). */
  private ResponseEntity<String> completeAs(String user, Task task, Map<String, Object> variables) {
    var client = api.as(user);
    client.postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), String.class);
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    ResponseEntity<String> response = client.postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", typed), String.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      // a refused completion leaves the claim with the user; release it for whoever comes next
      client.postForEntity("/engine-rest/task/" + task.getId() + "/unclaim", Map.of(), String.class);
    }
    return response;
  }

  private static String uscc() {
    return "91440300MA5" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private static String debtorName(String uscc) {
    return "深圳僵尸实业有限公司" + uscc.substring(11);
  }

  private static String suffix(String caseId) {
    return String.valueOf(Math.abs(caseId.hashCode() % 100000));
  }

  private String open(String uscc, String executing, String original) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), "（2024）粤" + original.substring(2) + "执" + suffix(id) + "号",
        "PASSIVE_RISK", "DIRECTED", "GD03", executing, original, LocalDate.of(2024, 3, 1), 50_000_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", CREDITOR),
            new OpenCaseCommand.Party("DEBTOR", debtorName(uscc), "ENTERPRISE", uscc)),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executing, "EXECUTING"),
            new OpenCaseCommand.CourtInRole(original, "ORIGINAL")),
        "coordinator-GD03", null));
    return id;
  }
}
