package cn.court.crossexec.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.enforcement.CaseOutcomes;
import cn.court.crossexec.enforcement.CaseStatus;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.gateway.SimulatedCreditPlatform;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit discipline end to end with the real workers, both decision tables and the credit-platform simulator: a debtor
 * listed, paying, removed and repaired within 3 working days with one publication and one withdrawal; an unable debtor
 * refused whatever is recorded; the public search masked and current only; a push the platform refuses shown failed;
 * suspension, resumption, a one-time lifting, and a bankruptcy suspension reaching the debtor's entries in every case.
 */
@IntegrationTest
class CreditIT {

  private static final String OFFICER = "officer-GD0303";
  private static final String OTHER_COURT_OFFICER = "officer-GD0305";
  private static final String APPLICANT_ID = "11010519491231002X";

  @Autowired EnforcementCaseService cases;
  @Autowired CreditService credit;
  @Autowired SimulatedCreditPlatform platform;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired Api api;
  @Autowired LegalCalendar calendar;
  @Autowired CourtClock clock;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @Test
  void listedDebtorWhoPaysIsRemovedAndRepairedWithinThreeWorkingDaysPushedOnce() {
    String debtorId = "440303199001011237";
    String name = "李四" + suffix();
    String caseId = aCase(name, "PERSON", debtorId);
    String disciplineId = credit.propose(caseId, "被执行人有履行能力而拒不履行", OFFICER).orElseThrow();
    // the same hand-off again opens nothing new
    assertThat(credit.propose(caseId, "再次移送", OFFICER)).contains(disciplineId);

    complete(caseId, "Task_RecordFacts", facts(true, "EVADES"));
    Task decide = awaitTask(caseId, "Task_DecideListing");
    assertThat(tasks.getVariable(decide.getId(), "grade")).isEqualTo("GENERAL");
    // a decision that breaks the grade's rules comes back with the reasons
    complete(caseId, "Task_DecideListing", Map.of("listingApproved", true, "extensionMonths", 12, "decisionNote", "规避执行"));
    Task again = awaitTask(caseId, "Task_DecideListing");
    assertThat((String) tasks.getVariable(again.getId(), "decisionErrors")).contains("不得延长");
    complete(caseId, "Task_DecideListing", Map.of("listingApproved", true, "extensionMonths", 0,
        "decisionNote", "转移财产规避执行，纳入失信名单"));

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(disciplineId).publications() == 1);
    JsonNode view = api.as(OFFICER).getForEntity("/api/debtors/" + debtorId + "/credit", JsonNode.class).getBody();
    JsonNode entry = entryOf(view, disciplineId);
    assertThat(entry.path("status").asText()).isEqualTo("LISTED");
    assertThat(entry.path("grade").asText()).isEqualTo("GENERAL");
    assertThat(entry.path("termMonths").asInt()).isEqualTo(24);
    assertThat(entry.path("grounds").get(0).path("ground").asText()).isEqualTo("EVADES");
    assertThat(entry.path("grounds").get(0).path("evidence").asText()).contains("转移");
    assertThat(entry.path("personsBound").get(0).path("role").asText()).isEqualTo("DEBTOR");
    assertThat(entry.path("personsBound").get(0).path("boundAt").isNull()).isFalse();
    assertThat(entry.path("history").toString()).contains("FACTS_RECORDED", "DECIDED", "LISTED");
    // another court's officer does not see it
    assertThat(api.as(OTHER_COURT_OFFICER).getForEntity("/api/debtors/" + debtorId + "/credit", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // the public list, without login: masked, by ID and by name
    ResponseEntity<String> byId = api.anonymous().getForEntity("/api/public/dishonest-debtors?idNumber=" + debtorId, String.class);
    assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byId.getBody()).contains("4403**********1237").doesNotContain(debtorId).doesNotContain("outstanding");
    assertThat(api.anonymous().getForEntity("/api/public/dishonest-debtors?name=" + name, String.class).getBody())
        .contains("4403**********1237").doesNotContain(debtorId);

    // pays in full: the case's closing calls removeFor(PAID_IN_FULL)
    OffsetDateTime paidAt = clock.now();
    assertThat(credit.removeFor(caseId, RemovalCause.PAID_IN_FULL, "全部履行", null)).isEqualTo(1);
    assertThat(api.anonymous().getForEntity("/api/public/dishonest-debtors?idNumber=" + debtorId, JsonNode.class)
        .getBody()).isEmpty();
    Task confirm = awaitTask(caseId, "Task_ConfirmRemoval");
    OffsetDateTime due = calendar.workingDaysEnd(calendar.dayOf(paidAt), 3);
    assertThat(confirm.getDueDate()).isEqualTo(java.util.Date.from(due.toInstant()));
    complete(caseId, "Task_ConfirmRemoval", Map.of());

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(disciplineId).withdrawals() == 1);
    assertThat(platform.record(disciplineId).publications()).isEqualTo(1);
    assertThat(platform.record(disciplineId).listed()).isFalse();
    JsonNode removed = entryOf(api.as(OFFICER).getForEntity("/api/debtors/" + debtorId + "/credit", JsonNode.class)
        .getBody(), disciplineId);
    assertThat(removed.path("status").asText()).isEqualTo("REMOVED");
    assertThat(removed.path("removalCause").asText()).isEqualTo("PAID_IN_FULL");
    assertThat(OffsetDateTime.parse(removed.path("removedAt").asText())).isBefore(due);
    assertThat(removed.path("personsBound").get(0).path("releasedAt").isNull()).isFalse();
    assertThat(removed.path("history").toString()).contains("REMOVED", "CREDIT_REPAIRED", "PUSHED_WITHDRAWAL");
    assertThat(removed.path("pushes").findValuesAsText("status")).containsOnly("DELIVERED");
    // the process ends once the removal step's completion reaches the engine (just after its commit)
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("credit-discipline").processInstanceBusinessKey(caseId).finished().count() == 1);
  }

  @Test
  void anUnableDebtorIsNotListedWhateverIsRecorded() {
    String debtorId = "440303199001011237";
    String caseId = aCase("王五" + suffix(), "PERSON", debtorId);
    String disciplineId = credit.propose(caseId, "移送失信惩戒", OFFICER).orElseThrow();
    Map<String, Object> found = facts(false, "OBSTRUCTS");
    found.put("violenceOrThreats", true);
    complete(caseId, "Task_RecordFacts", found);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).processDefinitionKey("credit-discipline").finished().count() == 1);
    Map<String, Object> row = jdbc.queryForMap("SELECT status, classification, classification_reason, published"
        + " FROM credit_discipline WHERE id = ?", disciplineId);
    assertThat(row.get("STATUS") == null ? row.get("status") : row.get("STATUS")).isEqualTo("NOT_LISTED");
    assertThat(String.valueOf(value(row, "classification_reason"))).contains("失能");
    assertThat(platform.record(disciplineId).publications()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).count()).isZero();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndChangesNothing() {
    ResponseEntity<JsonNode> none = api.anonymous().getForEntity("/api/public/dishonest-debtors", JsonNode.class);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody().toString()).contains("name");

    String caseId = aCase("赵六" + suffix(), "PERSON", "440303199001011237");
    String disciplineId = credit.propose(caseId, "移送失信惩戒", OFFICER).orElseThrow();
    ResponseEntity<JsonNode> bad = api.as(OFFICER).postForEntity("/api/credit/disciplines/" + disciplineId + "/suspension",
        new HttpEntity<>(Map.of("reason", "")), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().toString()).contains("creditorConsent", "reason");
    ResponseEntity<JsonNode> cause = api.as(OFFICER).postForEntity("/api/credit/disciplines/" + disciplineId + "/removal",
        new HttpEntity<>(Map.of("cause", "BECAUSE")), JsonNode.class);
    assertThat(cause.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(value(jdbc.queryForMap("SELECT status FROM credit_discipline WHERE id = ?", disciplineId), "status"))
        .isEqualTo("PROPOSED");
    ResponseEntity<JsonNode> foreign = api.as(OTHER_COURT_OFFICER).postForEntity(
        "/api/credit/disciplines/" + disciplineId + "/removal",
        new HttpEntity<>(Map.of("cause", "CREDITOR_REQUEST", "note", "申请执行人书面申请")), JsonNode.class);
    assertThat(foreign.getStatusCode().value()).isIn(403, 404);
  }

  @Test
  void aSeriousListingIsExtendedAndAPushThePlatformRefusesIsShownFailed() {
    String debtorId = "110105198001010032";
    String caseId = aCase("钱七" + suffix(), "PERSON", debtorId);
    String disciplineId = credit.propose(caseId, "移送失信惩戒", OFFICER).orElseThrow();
    complete(caseId, "Task_RecordFacts", facts(true, "OBSTRUCTS"));
    awaitTask(caseId, "Task_DecideListing");
    complete(caseId, "Task_DecideListing", Map.of("listingApproved", true, "extensionMonths", 12,
        "decisionNote", "伪造证据妨碍执行，严重失信"));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(value(jdbc.queryForMap(
        "SELECT MAX(status) AS status FROM credit_push WHERE discipline_id = ?", disciplineId), "status")));
    JsonNode entry = entryOf(api.as(OFFICER).getForEntity("/api/debtors/" + debtorId + "/credit", JsonNode.class)
        .getBody(), disciplineId);
    assertThat(entry.path("grade").asText()).isEqualTo("SERIOUS");
    assertThat(entry.path("termMonths").asInt()).isEqualTo(36);
    assertThat(entry.path("pushes").get(0).path("attempts").asInt()).isEqualTo(2);
    assertThat(entry.path("history").toString()).contains("PUSH_FAILED");
    assertThat(platform.record(disciplineId).publications()).isZero();
  }

  @Test
  void suspensionPausesTheTermAOneTimeLiftingIsRecordedAndABankruptcySuspensionReachesEveryCourtsEntry() {
    String debtorId = "440303198505050032";
    String first = aCase("孙八" + suffix(), "PERSON", debtorId);
    String second = aCase("孙八" + suffix(), "PERSON", debtorId);
    String one = listed(first, 0);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).publications() == 1);
    // listed again in another case: a repeat, so serious, extended by 12 months
    String two = listed(second, 12);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(two).publications() == 1);
    assertThat(value(jdbc.queryForMap("SELECT grade FROM credit_discipline WHERE id = ?", two), "grade")).isEqualTo("SERIOUS");

    // suspended with the creditor's consent: publication withdrawn, off the public list
    assertThat(api.as(OFFICER).postForEntity("/api/credit/disciplines/" + one + "/suspension",
        new HttpEntity<>(Map.of("creditorConsent", true, "reason", "筹措资金偿还工程款")), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).withdrawals() == 1);
    String publicList = api.anonymous().getForEntity("/api/public/dishonest-debtors?idNumber=" + debtorId, String.class)
        .getBody();
    assertThat(publicList).contains(second.substring(0, 6)).doesNotContain(first.substring(0, 6)).doesNotContain(debtorId);
    // resumed: published again (a second publication), the term moved by the days paused (none today)
    assertThat(api.as(OFFICER).postForEntity("/api/credit/disciplines/" + one + "/resumption",
        new HttpEntity<>(Map.of("note", "未按约定筹措资金")), Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).publications() == 2);

    assertThat(api.as(OFFICER).postForEntity("/api/credit/disciplines/" + one + "/one-time-liftings",
        new HttpEntity<>(Map.of("purpose", "乘坐飞机赴外地就医", "liftedOn", clock.today().plusDays(3).toString())),
        Void.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // the bankruptcy court accepts the case: every court's entry of the debtor is to be removed
    assertThat(credit.removeForDebtor(debtorId, RemovalCause.BANKRUPTCY_SUSPENSION, "破产申请已受理", null)).isEqualTo(2);
    assertThat(api.anonymous().getForEntity("/api/public/dishonest-debtors?idNumber=" + debtorId, JsonNode.class)
        .getBody()).isEmpty();
    complete(first, "Task_ConfirmRemoval", Map.of());
    complete(second, "Task_ConfirmRemoval", Map.of());
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).withdrawals() == 2
        && platform.record(two).withdrawals() == 1);
    JsonNode view = api.as(OFFICER).getForEntity("/api/debtors/" + debtorId + "/credit", JsonNode.class).getBody();
    assertThat(entryOf(view, one).path("oneTimeLiftings").get(0).path("purpose").asText()).contains("就医");
    assertThat(entryOf(view, one).path("history").toString()).contains("SUSPENDED", "RESUMED", "ONE_TIME_LIFTING");
    assertThat(entryOf(view, two).path("removalCause").asText()).isEqualTo("BANKRUPTCY_SUSPENSION");
    assertThat(view.path("currentlyListed").asBoolean()).isFalse();
  }

  @Test
  void anEnterprisesRestrictionBindsItsPeopleAndACreditorsRemovalBlocksTheSameGroundForSixMonths() {
    String uscc = "91350100M000100Y43";
    String first = aCase("深圳某某实业有限公司" + suffix(), "ENTERPRISE", uscc);
    String one = credit.propose(first, "移送失信惩戒", OFFICER).orElseThrow();
    complete(first, "Task_RecordFacts", facts(true, "EVADES"));
    // an enterprise's restriction must bind its legal representative: without one the decision comes back
    complete(first, "Task_DecideListing", Map.of("listingApproved", true, "extensionMonths", 0, "decisionNote", "规避执行"));
    Task again = awaitTask(first, "Task_DecideListing");
    assertThat((String) tasks.getVariable(again.getId(), "decisionErrors")).contains("法定代表人");
    Map<String, Object> decision = new HashMap<>(Map.of("listingApproved", true, "extensionMonths", 0,
        "decisionNote", "规避执行", "legalRepresentativeName", "赵六", "legalRepresentativeIdNumber", "440303199001011237",
        "actualControllerName", "钱七"));
    complete(first, "Task_DecideListing", decision);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).publications() == 1);
    JsonNode entry = entryOf(api.as(OFFICER).getForEntity("/api/debtors/" + uscc + "/credit", JsonNode.class).getBody(), one);
    assertThat(entry.path("personsBound").findValuesAsText("role"))
        .contains("LEGAL_REPRESENTATIVE", "ACTUAL_CONTROLLER");
    assertThat(entry.path("personsBound").findValuesAsText("name")).contains("赵六", "钱七");

    // the creditor asks for removal: removed, and the same ground may not list the debtor again for six months
    assertThat(credit.removeFor(first, RemovalCause.CREDITOR_REQUEST, "申请执行人申请删除", null)).isEqualTo(1);
    complete(first, "Task_ConfirmRemoval", Map.of());
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(one).withdrawals() == 1);
    String second = aCase("深圳某某实业有限公司" + suffix(), "ENTERPRISE", uscc);
    credit.propose(second, "再次移送", OFFICER).orElseThrow();
    complete(second, "Task_RecordFacts", facts(true, "EVADES"));
    Task refused = awaitTask(second, "Task_RecordFacts");
    assertThat((String) tasks.getVariable(refused.getId(), "factsErrors")).contains("六个月内不得以相同事由再次纳入");
    // another ground is not blocked
    complete(second, "Task_RecordFacts", facts(true, "BREACHES_ASSET_REPORT"));
    assertThat(awaitTask(second, "Task_DecideListing")).isNotNull();
  }

  @Test
  void theCasesHandOffAndItsEndReachCreditDisciplineInTheStepsOwnTransaction() {
    String caseId = aCase("孙八" + suffix(), "PERSON", "440303197707070037");
    transaction.executeWithoutResult(s -> events.publishEvent(new CaseOutcomes.HandedToCredit(caseId, "有能力拒不履行", OFFICER)));
    String id = jdbc.queryForObject("SELECT id FROM credit_discipline WHERE case_id = ?", String.class, caseId);
    assertThat(listed(caseId, 0)).isEqualTo(id);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platform.record(id).publications() == 1);
    // a step that fails after announcing the end leaves the listing as it was
    try {
      transaction.executeWithoutResult(s -> {
        events.publishEvent(new CaseOutcomes.Ended(caseId, CaseStatus.PERFORMED, true, "和解协议履行完毕"));
        throw new IllegalStateException("the closing step failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back with the step
    }
    assertThat(jdbc.queryForObject("SELECT status FROM credit_discipline WHERE id = ?", String.class, id)).isEqualTo("LISTED");
    transaction.executeWithoutResult(s ->
        events.publishEvent(new CaseOutcomes.Ended(caseId, CaseStatus.PERFORMED, true, "和解协议履行完毕")));
    assertThat(jdbc.queryForObject("SELECT removal_cause FROM credit_discipline WHERE id = ?", String.class, id))
        .isEqualTo("SETTLEMENT_PERFORMED");
  }

  // --- helpers ---

  /** Proposed, facts recorded (evasion), decided: a general listing. */
  private String listed(String caseId, int extensionMonths) {
    String id = credit.propose(caseId, "移送失信惩戒", OFFICER).orElseThrow();
    complete(caseId, "Task_RecordFacts", facts(true, "EVADES"));
    complete(caseId, "Task_DecideListing", Map.of("listingApproved", true, "extensionMonths", extensionMonths,
        "decisionNote", "规避执行"));
    return id;
  }


  private String aCase(String debtorName, String debtorType, String debtorId) {
    String caseId = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(caseId, UUID.randomUUID().toString(), "（2026）粤0303执" + caseId.substring(0, 6) + "号",
        "PASSIVE_RISK", "DIRECTED", "GD03", "GD0303", "GD0305", clock.today().minusMonths(8), 20_000_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", APPLICANT_ID),
            new OpenCaseCommand.Party("DEBTOR", debtorName, debtorType, debtorId)),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole("GD0303", "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")),
        "coordinator-GD03", null));
    return caseId;
  }

  private static Map<String, Object> facts(boolean able, String ground) {
    Map<String, Object> v = new HashMap<>();
    v.put("ableToPerform", able);
    v.put("securityGiven", false);
    v.put("assetsCoverDebt", false);
    v.put("laterInOrder", false);
    v.put("grounds", ground);
    v.put("evidence_" + ground, "银行流水显示判决后转移存款 50 万元至其配偶账户");
    return v;
  }

  private Task awaitTask(String caseId, String key) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseId).taskDefinitionKey(key).singleResult(), t -> t != null);
  }

  private void complete(String caseId, String key, Map<String, Object> variables) {
    Task task = awaitTask(caseId, key);
    tasks.claim(task.getId(), OFFICER);
    tasks.complete(task.getId(), variables);
  }

  /** The entry of this discipline (other tests list the same debtor in their own cases). */
  private static JsonNode entryOf(JsonNode view, String disciplineId) {
    for (JsonNode e : view.path("entries")) {
      if (e.path("id").asText().equals(disciplineId)) {
        return e;
      }
    }
    throw new AssertionError("no entry " + disciplineId + " in " + view);
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 4);
  }
}
