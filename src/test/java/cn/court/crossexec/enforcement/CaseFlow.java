package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;

/**
 * Drives cases through the running application as people would: an application decided by the command centre,
 * then the case's tasks claimed and completed through /engine-rest by the users whose work they are. Public for the
 * tests of the capabilities that read cases (the dashboard's statistics).
 */
public class CaseFlow {

  static final Duration PATIENCE = Duration.ofSeconds(40);
  private static final AtomicInteger SEQUENCE = new AtomicInteger(4000 + (int) (System.nanoTime() % 1000));

  public record Decided(String applicationId, String caseId, String executingCourt) {}

  private final Api api;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ExternalTaskService externalTasks;

  public CaseFlow(Api api, TaskService tasks, RuntimeService runtime, ExternalTaskService externalTasks) {
    this.api = api;
    this.tasks = tasks;
    this.runtime = runtime;
    this.externalTasks = externalTasks;
  }

  /** An application from the original court GD0305, directed by the GD03 command centre to the proposed court. */
  public Decided decidedCase(long amountClaimedFen, String debtorIdNumber) {
    Map<String, Object> body = new HashMap<>();
    body.put("caseNumber", "（2024）粤0305执" + SEQUENCE.incrementAndGet() + "号");
    body.put("originalCourtCode", "GD0305");
    body.put("filedOn", "2024-03-01");
    body.put("amountClaimedFen", amountClaimedFen);
    body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "11010519491231002X")));
    body.put("debtors", List.of(Map.of("name", "深圳某某实业有限公司", "type", "ENTERPRISE", "idNumber", debtorIdNumber)));
    body.put("reasons", "立案两年余仍未执行到位");
    body.put("indicators", List.of("INTERFERENCE_SUSPECTED"));
    body.put("materials", List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF"));
    var created = api.as("applicant").postForEntity("/api/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String applicationId = created.getBody().get("id").asText();
    Task review = awaitTask(applicationId, "Task_CoordinatorReview");
    String court = api.as("coordinator-GD03").getForObject("/engine-rest/task/" + review.getId() + "/form-variables", JsonNode.class)
        .at("/executingCourtCode/value").asText();
    complete("coordinator-GD03", review, Map.of("reviewOutcome", "ACCEPT", "mode", "DIRECTED", "executingCourtCode", court,
        "necessity", "原执行法院存在不当干预风险", "convenience", "财产位于指令法院辖区", "regularity", "符合交叉执行程序",
        "decisionReasons", "指令异地法院执行"));
    await("the decision").atMost(PATIENCE).until(() -> api.as("applicant").getForObject("/api/applications/" + applicationId,
        JsonNode.class).hasNonNull("caseId"));
    String caseId = api.as("applicant").getForObject("/api/applications/" + applicationId, JsonNode.class).get("caseId").asText();
    return new Decided(applicationId, caseId, court);
  }

  /** Hand-over: the executing court acknowledges and names the handler, then serves the notice. */
  public void handOver(Decided c) {
    complete("officer-" + c.executingCourt(), awaitTask(c.caseId(), "Task_AcknowledgeFile"),
        Map.of("fileComplete", true, "handlerName", "李法官", "handlerPhone", "0755-12345678"));
    complete("officer-" + c.executingCourt(), awaitTask(c.caseId(), "Task_ServeNotice"),
        Map.of("noticeServedOn", today(), "reportOrderServedOn", today(), "consumptionRestrictionIssued", true));
  }

  public Task awaitTask(String businessKey, String key) {
    awaitOr(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).count() == 1,
        () -> "waiting for " + key + "; processes are at " + whereIs(businessKey));
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
  }

  /** Claims and completes a task as the user, through the engine's REST API (as Tasklist does). */
  public void complete(String user, Task task, Map<String, Object> variables) {
    var client = api.as(user);
    assertThat(client.postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    assertThat(client.postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  public JsonNode theCase(String caseId, String user) {
    return api.as(user).getForObject("/api/cases/" + caseId, JsonNode.class);
  }

  public JsonNode awaitStatus(String caseId, String status) {
    awaitOr(() -> status.equals(theCase(caseId, "manager").get("status").asText()),
        () -> "waiting for status " + status + "; processes are at " + whereIs(caseId));
    return theCase(caseId, "manager");
  }

  public boolean processEnded(String caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("coordinated-enforcement")
        .processInstanceBusinessKey(caseId).count() == 0;
  }

  public void awaitOr(Callable<Boolean> condition, Supplier<String> explain) {
    try {
      await().atMost(PATIENCE).until(condition);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(explain.get(), e);
    }
  }

  public String whereIs(String businessKey) {
    StringBuilder where = new StringBuilder();
    for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
      var external = externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).list().stream()
          .map(t -> t.getTopicName() + " retries=" + t.getRetries() + " error=" + t.getErrorMessage()).toList();
      where.append(instance.getProcessDefinitionId(), 0, instance.getProcessDefinitionId().indexOf(':'))
          .append(runtime.getActiveActivityIds(instance.getId())).append(" external ").append(external)
          .append(" incidents ").append(runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
              .map(i -> i.getActivityId() + ": " + i.getIncidentMessage()).toList()).append("; ");
    }
    return where.length() == 0 ? "none running" : where.toString();
  }

  public static String today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
  }
}
