package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.CrossExecutionApplication;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale-out path of the README: the engine in one process (profile engine-only: no job workers there) and every
 * job worker in a separate {@code worker} process (no engine), sharing one database. A case goes from the decision
 * through a seal reported in a joint work item, the disposal of the sealed flat with two auctions, the distribution
 * of the price and the payout that closes the case as fully performed. Every message the workers' services cause
 * (the measure taken, the inquiry answers, the auction results, the distribution's start, the measure lifted, the
 * full performance) is recorded as a durable process message and reaches the engine: none is left pending or
 * undeliverable, and no process of the case is left waiting.
 */
class ScaledOutCaseStandaloneIT {

  /** application-test.yaml tells the auction simulator: this flat fails its first round and sells in the second. */
  private static final String FLAT = DisposalAndDistributionIT.FLAT;
  private static final String DEBTOR = "91350100M000100Y43";

  private ConfigurableApplicationContext engine;
  private ConfigurableApplicationContext workers;

  @Test
  void aCaseFromTheDecisionToThePayoutThatClosesItWithTheWorkersInTheirOwnProcess() {
    String database = "--spring.datasource.url=" + TestEnvironment.h2InMemory();
    int port = TestEnvironment.freePort();
    String password = "--crossexec.worker.password=worker-secret-for-this-test";
    // the job executor looks for due timers at least every 2 s (a timer due in a second is not announced to it)
    engine = new SpringApplicationBuilder(CrossExecutionApplication.class).profiles("test", "demo", "engine-only")
        .run(database, password, "--server.port=" + port, "--camunda.bpm.job-execution.max-wait=2000");
    workers = new SpringApplicationBuilder(CrossExecutionApplication.class).profiles("test", "worker")
        .run(database, password, "--crossexec.engine-url=http://localhost:" + port + "/engine-rest");
    assertThat(workers.getBeanNamesForType(ProcessEngine.class)).isEmpty();

    Api api = new Api(engine.getEnvironment());
    TaskService tasks = engine.getBean(TaskService.class);
    RuntimeService runtime = engine.getBean(RuntimeService.class);
    ManagementService management = engine.getBean(ManagementService.class);
    JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
    CaseFlow flow = new CaseFlow(api, tasks, runtime, engine.getBean(ExternalTaskService.class));

    CaseFlow.Decided c = flow.decidedCase(40_000_000L, DEBTOR);
    String officer = "officer-" + c.executingCourt();
    flow.handOver(c);

    // the coordinator has the executing court seal the flat; the court reports the seal in the work item's result
    flow.awaitTask(c.caseId(), "Task_CoordinateJointWork");
    var assigned = api.as("coordinator-GD03").postForEntity("/api/cases/" + c.caseId() + "/work-items", Map.of("type", "SEAL",
        "courtCode", c.executingCourt(), "dueOn", java.time.LocalDate.parse(CaseFlow.today()).plusDays(5).toString(),
        "instructions", "查封被执行人名下房产"), JsonNode.class);
    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task item = flow.awaitTask(c.caseId(), "Task_DoWorkItem");
    flow.complete(officer, item, Map.of("workItemOutcome", "DONE", "workItemResult", "已查封房产一套",
        "measureAssetType", "REAL_ESTATE", "measureAssetKey", FLAT, "measureAssetDescription", "深圳市南山区住宅一套",
        "measureOrderNumber", "（2026）粤执协1号"));
    // the worker process recorded the measure (RecordWorkItemResultWorker → takeAt): the engine starts its watch
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("control-measure")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> "waiting for the measure's watch; " + flow.whereIs(c.caseId()));

    // the inquiry round: every source's answer comes from the worker process's simulator (one times out, is asked again)
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(c.caseId()).taskDefinitionKey("Task_DecideNextStep").count() == 1);
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_DecideNextStep"),
        Map.of("nextStep", "DISPOSE", "nextStepReason", "查封房产一套，依法评估拍卖"));
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_DetermineReferencePrice"), Map.of("valuationMethod", "APPRAISAL",
        "referencePriceYuan", 1_000_000, "valuationBasis", "深价评字（2026）第1号评估报告",
        "negotiationNotUsedReason", "当事人议价不成", "directedInquiryNotUsedReason", "无定向询价条件",
        "onlineInquiryNotUsedReason", "网络询价不适用"));
    runTimer(flow, runtime, management, c.caseId(), "Timer_PriceObjectionEnds");
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_PlanAuction"), Map.of("startingPriceYuan", 700_000, "depositPercent", 10));
    // the platform's result (reported into the worker process) reaches the disposal: a second round follows
    Task second = flow.awaitTask(c.caseId(), "Task_PlanAuction");
    assertThat(second.getName()).contains("第二次拍卖");
    flow.complete(officer, second, Map.of("startingPriceYuan", 560_000, "depositPercent", 10));

    // sold: the summary (in the worker process) opens the distribution, whose process the engine starts
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processDefinitionKey("distribution")
        .processInstanceBusinessKey(c.caseId()).count() == 1, () -> "waiting for the distribution; " + flow.whereIs(c.caseId()));
    runTimer(flow, runtime, management, c.caseId(), "Timer_ClaimsClose");
    flow.complete(officer, flow.awaitTask(c.caseId(), "Task_ReviewPlan"), Map.of("orderingRule", "PRO_RATA", "planApproved", true));
    runTimer(flow, runtime, management, c.caseId(), "Timer_ObjectionsClose");

    // the payout to the applicant meets the claim: the case is closed as fully performed, booked by the system
    JsonNode closed = flow.awaitStatus(c.caseId(), "PERFORMED");
    assertThat(closed.get("recoveredFen").asLong()).isEqualTo(40_000_000L);
    JsonNode payments = api.as("manager").getForObject("/api/cases/" + c.caseId() + "/payments", JsonNode.class);
    assertThat(payments.findValuesAsText("recordedBy")).containsOnly("system");
    assertThat(payments.findValuesAsText("channel")).containsOnly("AUCTION");

    // every message reached its process; nothing is left pending or undeliverable, and no process of the case waits
    flow.awaitOr(() -> jdbc.queryForObject("SELECT COUNT(*) FROM process_message WHERE business_key = ? AND state = 'PENDING'",
        Integer.class, c.caseId()) == 0, () -> "pending messages: " + jdbc.queryForList(
            "SELECT name, attempts, last_error FROM process_message WHERE business_key = ? AND state = 'PENDING'", c.caseId()));
    List<Map<String, Object>> messages = jdbc.queryForList(
        "SELECT name, state, created_by FROM process_message WHERE business_key = ? ORDER BY id", c.caseId());
    assertThat(messages).extracting(m -> m.get("STATE") == null ? m.get("state") : m.get("STATE"))
        .allSatisfy(s -> assertThat(s).isIn("DELIVERED", "NOT_AWAITED"));
    List<String> names = messages.stream().map(m -> (String) (m.get("NAME") == null ? m.get("name") : m.get("NAME"))).toList();
    assertThat(names).contains("WorkItemAssigned", "MeasureTaken", "AssetInquiryAnswered", "AuctionResultReported",
        "distribution", "PerformedInFull");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_message WHERE business_key = ? AND name = 'PerformedInFull'"
        + " AND state = 'DELIVERED'", Integer.class, c.caseId())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_message WHERE business_key = ? AND name = 'AuctionResultReported'"
        + " AND state = 'DELIVERED'", Integer.class, c.caseId())).isEqualTo(2);
    flow.awaitOr(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseId()).count() == 0,
        () -> "processes still running: " + flow.whereIs(c.caseId()));
  }

  /** The period ends: its timer (of whichever of the case's processes waits on it) runs now. */
  private static void runTimer(CaseFlow flow, RuntimeService runtime, ManagementService management, String caseId,
      String activityId) {
    List<String> instances = new ArrayList<>();
    flow.awaitOr(() -> {
      instances.clear();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().forEach(p -> instances.add(p.getId()));
      return instances.stream().anyMatch(id -> management.createJobQuery().processInstanceId(id).activityId(activityId).count() == 1);
    }, () -> "waiting for timer " + activityId + "; " + flow.whereIs(caseId));
    for (String id : instances) {
      management.createJobQuery().processInstanceId(id).activityId(activityId).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  @AfterEach
  void stop() {
    if (workers != null) {
      workers.close();
    }
    if (engine != null) {
      engine.close();
    }
  }
}
