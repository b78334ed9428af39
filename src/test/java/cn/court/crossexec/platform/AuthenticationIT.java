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

  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void wrongPasswordIsRefusedInChinese() {
    ResponseEntity<JsonNode> response =
        api.anonymous().withBasicAuth("officer-ZJ0106", "wrong").getForEntity("/api/courts", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getBody().get("title").asText()).isEqualTo("用户名或密码错误");
  }

  @Test
  void guessingIsSlowedButNeverLocksTheAccount() {
    String userId = "throttle-probe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(userId);
    user.setPassword("right-password");
    identityService.saveUser(user);
    // a client that does not retry on 429 by itself (Apache HttpClient waits for Retry-After and tries again)
    var client =
        new org.springframework.boot.test.web.client.TestRestTemplate(
            new org.springframework.boot.web.client.RestTemplateBuilder()
                .rootUri(api.url(""))
                .requestFactory(org.springframework.http.client.JdkClientHttpRequestFactory.class));
    for (int i = 0; i < 5; i++) {
      assertThat(client.withBasicAuth(userId, "guess-" + i).getForEntity("/api/courts", JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<JsonNode> throttled =
        client.withBasicAuth(userId, "guess-6").getForEntity("/api/courts", JsonNode.class);
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotBlank();
    assertThat(throttled.getBody().get("detail").asText()).contains("账户未被锁定");
    // ten and more wrong passwords used to lock the user in the engine until an administrator acted
    for (int i = 0; i < 10; i++) {
      assertThat(identityService.checkPassword(userId, "wrong")).isFalse();
    }
    assertThat(identityService.checkPassword(userId, "right-password")).as("the engine does not lock the user").isTrue();
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
