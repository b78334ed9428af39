package cn.court.crossexec.workflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.client.spring.boot.starter.BasicAuthProperties;
import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.client.task.ExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the HTTP task source asks the engine's REST API for: the free threads' number of tasks, oldest first. */
class EngineTaskSourceTest {

  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void fakeEngine() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/engine-rest/external-task/fetchAndLock", exchange -> {
      requests.add(json.readTree(exchange.getRequestBody()));
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = """
          [{"id":"t-1","topicName":"test.step","workerId":"w","businessKey":"CASE-1","processInstanceId":"p-1",
            "activityId":"Task_Step","retries":null,"priority":0,
            "variables":{"amountFen":{"type":"Long","value":123456789012,"valueInfo":{}},
                         "court":{"type":"String","value":"GD03","valueInfo":{}}}}]
          """.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void asksForAsManyTasksAsThreadsAreFreeOldestFirstAndReadsTypedVariables() {
    EngineTaskSource source = source(false);

    List<ExternalTask> tasks = source.fetchAndLock(
        List.of(new TaskSource.Subscription("test.step", 30_000, List.of("amountFen", "court")),
            new TaskSource.Subscription("test.other", 60_000, null)), 3);
    source.fetchAndLock(List.of(new TaskSource.Subscription("test.step", 30_000, null)), 1);

    JsonNode first = requests.get(0);
    assertThat(first.get("maxTasks").asInt()).isEqualTo(3);
    assertThat(requests.get(1).get("maxTasks").asInt()).isEqualTo(1);
    assertThat(first.get("workerId").asText()).isEqualTo("worker-under-test");
    assertThat(first.get("asyncResponseTimeout").asLong()).isEqualTo(20_000);
    assertThat(first.get("usePriority").asBoolean()).isFalse();
    assertThat(first.get("sorting")).isNotEmpty().allSatisfy(sorting -> {
      assertThat(sorting.get("sortBy").asText()).isEqualTo("createTime");
      assertThat(sorting.get("sortOrder").asText()).isEqualTo("asc");
    });
    assertThat(first.get("topics")).hasSize(2);
    assertThat(first.get("topics").get(0).get("topicName").asText()).isEqualTo("test.step");
    assertThat(first.get("topics").get(0).get("lockDuration").asLong()).isEqualTo(30_000);
    assertThat(first.get("topics").get(0).get("variables")).hasSize(2);
    assertThat(first.get("topics").get(1).path("variables").isMissingNode()
        || first.get("topics").get(1).get("variables").isNull()).isTrue();
    assertThat(authorizations.get(0)).startsWith("Basic ");

    assertThat(tasks).hasSize(1);
    ExternalTask task = tasks.get(0);
    assertThat(task.getId()).isEqualTo("t-1");
    assertThat(task.getBusinessKey()).isEqualTo("CASE-1");
    assertThat((Object) task.getVariable("amountFen")).isEqualTo(123456789012L);
    assertThat(JobRunner.toJob(task).stringVariable("court")).isEqualTo("GD03");
  }

  @Test
  void byPriorityWhenConfigured() {
    source(true).fetchAndLock(List.of(new TaskSource.Subscription("test.step", 30_000, null)), 2);

    assertThat(requests.get(0).get("usePriority").asBoolean()).isTrue();
    assertThat(requests.get(0).get("sorting").get(0).get("sortBy").asText()).isEqualTo("createTime");
  }

  @Test
  void anUnreachableEngineIsAFailureTheLoopBacksOffOn() {
    server.stop(0);
    EngineTaskSource source = source(false);

    assertThatThrownBy(() -> source.fetchAndLock(List.of(new TaskSource.Subscription("test.step", 1000, null)), 1))
        .isInstanceOf(RuntimeException.class);
  }

  private EngineTaskSource source(boolean usePriority) {
    ClientProperties client = new ClientProperties();
    client.setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/engine-rest");
    client.setWorkerId("worker-under-test");
    client.setAsyncResponseTimeout(20_000L);
    BasicAuthProperties auth = new BasicAuthProperties();
    auth.setUsername("worker");
    auth.setPassword("secret");
    client.setBasicAuth(auth);
    return new EngineTaskSource(client, "worker", "secret", 4, usePriority);
  }
}
