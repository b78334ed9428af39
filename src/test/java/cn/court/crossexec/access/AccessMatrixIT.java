package cn.court.crossexec.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.CaseFlow;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every role on every door of one case: the product API's endpoints on a case, read from the OpenAPI document (so a
 * new endpoint is tried without anyone listing it), and the engine REST API's reads an officer can reach (tasks,
 * process instances, variables, history, jobs, incidents). The policy is declared in
 * {@code src/test/resources/access/case-roles.properties}. A reader gets what a manager gets; a refused role gets 403
 * or 404 with nothing of the case in the body, on reads and writes alike, and its writes change nothing; anonymous
 * callers get 401. Through {@code /engine-rest} a refused role sees no task, instance, variable or history of the case.
 */
@IntegrationTest
class AccessMatrixIT {

  private static final String DEBTOR = "91440300MA5ACCE552";
  private static final String DEBTOR_NAME = "深圳某某实业有限公司";
  private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;

  record Door(HttpMethod method, String template, String path, String caseId) {

    /** The same door on a case that does not exist. */
    Door elsewhere() {
      return new Door(method, template, path.replace(caseId, "00000000-0000-0000-0000-000000000000"), caseId);
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRoleOnEveryDoorOfACase() throws IOException {
    CaseFlow flow = new CaseFlow(api, tasks, runtime, externalTasks);
    CaseFlow.Decided c = flow.decidedCase(30_000_000L, DEBTOR);
    flow.handOver(c);
    JsonNode theCase = api.as("manager").getForObject("/api/cases/" + c.caseId(), JsonNode.class);
    List<String> secrets = List.of(theCase.get("caseNumber").asText(), theCase.get("enforcementNumber").asText(), "张三",
        DEBTOR_NAME, "11010519491231002X");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseId())
        .processDefinitionKey("coordinated-enforcement").singleResult().getId();

    Map<String, String> roles = roles(c.executingCourt());
    List<Door> doors = caseDoors(c.caseId());
    assertThat(doors).as("the case's endpoints in the OpenAPI document").hasSizeGreaterThan(10);

    List<DynamicTest> cells = new ArrayList<>();
    for (Door door : doors) {
      boolean write = WRITES.contains(door.method());
      ResponseEntity<String> asManager = write ? null : call(api.as("manager"), door);
      for (Map.Entry<String, String> role : roles.entrySet()) {
        String user = role.getKey();
        String rule = role.getValue();
        if (write && rule.equals("reads")) {
          continue; // an allowed action would change the case: each capability's own tests try those
        }
        cells.add(DynamicTest.dynamicTest(user + " → " + door, () -> {
          ResponseEntity<String> answer = call(user.equals("anonymous") ? api.anonymous() : api.as(user), door);
          int status = answer.getStatusCode().value();
          switch (rule) {
            case "anonymous" -> assertThat(status).as("anonymous on %s", door).isEqualTo(401);
            case "reads" -> assertThat(status).as("%s reads %s as a manager does", user, door)
                .isEqualTo(asManager.getStatusCode().value());
            default -> {
              if (write && status == 400) {
                // the body was refused before the case was looked at: the same answer as for a case that does not
                // exist, so it tells nothing of this one
                ResponseEntity<String> nowhere = call(api.as(user), door.elsewhere());
                assertThat(nowhere.getStatusCode().value()).as("%s on %s of no case", user, door).isEqualTo(400);
                assertThat(fields(answer)).as("%s on %s", user, door).isEqualTo(fields(nowhere));
              } else {
                assertThat(status).as("%s on %s (body %s)", user, door, answer.getBody()).isIn(403, 404);
              }
              assertThat(answer.getBody() == null ? "" : answer.getBody()).as("%s on %s", user, door)
                  .doesNotContain(secrets);
            }
          }
        }));
      }
    }
    cells.add(DynamicTest.dynamicTest("refused writes changed nothing", () -> {
      JsonNode after = api.as("manager").getForObject("/api/cases/" + c.caseId(), JsonNode.class);
      assertThat(after.get("status")).isEqualTo(theCase.get("status"));
      Set<String> refused = new java.util.HashSet<>();
      roles.forEach((user, rule) -> {
        if (!rule.equals("reads")) {
          refused.add(user);
        }
      });
      assertThat(after.get("timeline").findValuesAsText("actor")).as("who changed the case").doesNotContainAnyElementsOf(refused);
    }));
    for (String query : engineReads(c.caseId(), instance)) {
      cells.add(DynamicTest.dynamicTest("manager sees " + query, () ->
          assertThat(api.as("manager").getForEntity(query, JsonNode.class).getStatusCode().value()).isEqualTo(200)));
      for (Map.Entry<String, String> role : roles.entrySet()) {
        if (!role.getValue().equals("refused")) {
          continue;
        }
        cells.add(DynamicTest.dynamicTest(role.getKey() + " → GET " + query, () -> {
          ResponseEntity<String> answer = api.as(role.getKey()).getForEntity(query, String.class);
          int status = answer.getStatusCode().value();
          if (status == 200) {
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody());
            assertThat(body.isArray() ? body.size() : body.path("count").asInt())
                .as("%s reads %s: %s", role.getKey(), query, answer.getBody()).isZero();
          } else {
            assertThat(status).as("%s reads %s", role.getKey(), query).isIn(403, 404);
          }
        }));
      }
    }
    // the policy is not vacuous: the manager does see the case's history and variables through the engine
    cells.add(DynamicTest.dynamicTest("the manager sees the case's history through /engine-rest", () -> {
      assertThat(api.as("manager").getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey="
          + c.caseId(), JsonNode.class).size()).isPositive();
      assertThat(api.as("manager").getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instance,
          JsonNode.class).size()).isPositive();
    }));
    return cells.stream();
  }

  /** Every path of the OpenAPI document on one case, its path variables filled in (the case, else a number). */
  private List<Door> caseDoors(String caseId) {
    JsonNode paths = api.as("manager").getForObject("/v3/api-docs", JsonNode.class).get("paths");
    List<Door> doors = new ArrayList<>();
    for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
      String template = names.next();
      if (!template.startsWith("/api/cases/{id}")) {
        continue;
      }
      String path = template.replace("{id}", caseId).replaceAll("\\{[^}]+}", "1");
      for (Iterator<String> methods = paths.get(template).fieldNames(); methods.hasNext(); ) {
        HttpMethod method = HttpMethod.valueOf(methods.next().toUpperCase());
        doors.add(new Door(method, template, path, caseId));
      }
    }
    return doors;
  }

  /** The engine's reads of a case an officer's client can ask for. */
  private static List<String> engineReads(String caseId, String instance) {
    return List.of(
        "/engine-rest/task?processInstanceBusinessKey=" + caseId,
        "/engine-rest/process-instance?businessKey=" + caseId,
        "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/execution?processInstanceId=" + instance,
        "/engine-rest/external-task?processInstanceId=" + instance,
        "/engine-rest/job?processInstanceId=" + instance,
        "/engine-rest/incident?processInstanceId=" + instance,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId,
        "/engine-rest/history/task?processInstanceBusinessKey=" + caseId,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/activity-instance?processInstanceId=" + instance,
        "/engine-rest/history/detail?processInstanceId=" + instance,
        "/engine-rest/history/user-operation?processInstanceId=" + instance,
        "/engine-rest/history/external-task-log?processInstanceId=" + instance,
        "/engine-rest/history/incident?processInstanceId=" + instance);
  }

  /** The bad fields a validation problem names, in order. */
  private static List<String> fields(ResponseEntity<String> answer) throws IOException {
    JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody());
    return body.path("errors").findValuesAsText("field").stream().sorted().toList();
  }

  private static ResponseEntity<String> call(TestRestTemplate client, Door door) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> body = WRITES.contains(door.method()) ? new HttpEntity<>("{}", headers) : new HttpEntity<>(headers);
    return client.exchange(door.path(), door.method(), body, String.class);
  }

  private static Map<String, String> roles(String executingCourt) throws IOException {
    Properties p = new Properties();
    try (var in = new InputStreamReader(AccessMatrixIT.class.getResourceAsStream("/access/case-roles.properties"),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, String> roles = new LinkedHashMap<>();
    for (String name : new java.util.TreeSet<>(p.stringPropertyNames())) {
      roles.put(name.equals("officer-executing") ? "officer-" + executingCourt : name, p.getProperty(name).trim());
    }
    return roles;
  }
}
