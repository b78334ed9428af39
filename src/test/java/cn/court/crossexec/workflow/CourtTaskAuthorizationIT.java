package cn.court.crossexec.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An officer of court A sees and completes only court A's work items, through /engine-rest and Tasklist's filter. */
@IntegrationTest
class CourtTaskAuthorizationIT {

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;

  String nanshanTask;
  String luohuTask;

  @BeforeEach
  void twoCourtsEachHaveAWorkItem() {
    nanshanTask = startWorkItem("GD0305");
    luohuTask = startWorkItem("GD0303");
  }

  @Test
  void officerListsOnlyTheirCourtsTasks() {
    List<String> seenByNanshan = taskIds(api.as("officer-GD0305").getForObject("/engine-rest/task", JsonNode.class));
    assertThat(seenByNanshan).contains(nanshanTask).doesNotContain(luohuTask);

    List<String> seenByLuohu = taskIds(api.as("officer-GD0303").getForObject("/engine-rest/task", JsonNode.class));
    assertThat(seenByLuohu).contains(luohuTask).doesNotContain(nanshanTask);

    // every task an officer can see is offered to their own court
    for (String id : seenByNanshan) {
      assertThat(tasks.getIdentityLinksForTask(id))
          .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("court-GD0305"));
    }
  }

  @Test
  void officerCannotReadOrCompleteAnotherCourtsTask() {
    ResponseEntity<JsonNode> read = api.as("officer-GD0305").getForEntity("/engine-rest/task/" + luohuTask, JsonNode.class);
    assertThat(read.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> complete =
        api.as("officer-GD0305").postForEntity("/engine-rest/task/" + luohuTask + "/complete", Map.of(), JsonNode.class);
    assertThat(complete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(tasks.createTaskQuery().taskId(luohuTask).count()).isEqualTo(1);
  }

  @Test
  void officerClaimsAndCompletesTheirOwnCourtsTask() {
    var officer = api.as("officer-GD0303");
    ResponseEntity<Void> claim =
        officer.postForEntity("/engine-rest/task/" + luohuTask + "/claim", Map.of("userId", "officer-GD0303"), Void.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> body = Map.of("variables", Map.of("result", Map.of("value", "已送达", "type", "String")));
    ResponseEntity<Void> complete = officer.postForEntity("/engine-rest/task/" + luohuTask + "/complete", body, Void.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(luohuTask).count()).isZero();
  }

  @Test
  void sharedTasklistFilterShowsEachOfficerTheirCourtsWork() {
    String filterId = filters.createFilterQuery().filterName("本院待办").singleResult().getId();
    List<String> nanshanView =
        taskIds(api.as("officer-GD0305").getForObject("/engine-rest/filter/" + filterId + "/list", JsonNode.class));
    assertThat(nanshanView).contains(nanshanTask).doesNotContain(luohuTask);
    List<String> luohuView =
        taskIds(api.as("officer-GD0303").getForObject("/engine-rest/filter/" + filterId + "/list", JsonNode.class));
    assertThat(luohuView).contains(luohuTask).doesNotContain(nanshanTask);
  }

  @Test
  void coordinatorDoesNotSeeCourtWorkItems() {
    List<String> seen = taskIds(api.as("coordinator-GD03").getForObject("/engine-rest/task", JsonNode.class));
    assertThat(seen).doesNotContain(nanshanTask, luohuTask);
  }

  private String startWorkItem(String courtCode) {
    String instance =
        runtime.startProcessInstanceByKey("test-court-task", "auth-" + UUID.randomUUID(), Map.of("courtCode", courtCode)).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    return task.getId();
  }

  private static List<String> taskIds(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
