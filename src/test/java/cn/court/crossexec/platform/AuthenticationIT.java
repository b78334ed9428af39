package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class AuthenticationIT {

  @Autowired Api api;

  @ParameterizedTest
  @ValueSource(strings = {"/api/courts", "/engine-rest/task", "/actuator/prometheus", "/v3/api-docs", "/"})
  void everyEndpointButHealthNeedsCredentials(String path) {
    ResponseEntity<JsonNode> response = api.anonymous().getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsRefused() {
    // a user of its own: the engine delays further logins of a user after a wrong password
    ResponseEntity<JsonNode> response =
        api.anonymous().withBasicAuth("officer-ZJ0106", "wrong").getForEntity("/api/courts", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsOpenAndReportsDatabaseAndEngine() {
    ResponseEntity<JsonNode> response = api.anonymous().getForEntity("/actuator/health", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("status").asText()).isEqualTo("UP");
    assertThat(response.getBody().at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(response.getBody().at("/components/processEngine/status").asText()).isEqualTo("UP");
  }

  @Test
  void apiDocsAndMetricsAreServedToAUser() {
    assertThat(api.as("manager").getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/courts");
    assertThat(api.as("manager").getForEntity("/actuator/prometheus", String.class).getBody()).contains("jvm_memory_used_bytes");
    assertThat(api.as("manager").getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void metricsAreForManagersOnly() {
    ResponseEntity<JsonNode> response = api.as("officer-GD0305").getForEntity("/actuator/prometheus", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("title").asText()).isEqualTo("无权访问");
  }

  @Test
  void engineApiForbidsWhatTheUserMayNotDo() {
    // starting a process needs PROCESS_INSTANCE CREATE, which an officer does not have
    ResponseEntity<JsonNode> response =
        api.as("officer-GD0305").postForEntity("/engine-rest/process-definition/key/test-worker/start", java.util.Map.of(), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
