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
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

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

  @Test
  void theWebappsLoginFormWorksAndIsThrottledToo() {
    var client =
        new org.springframework.boot.test.web.client.TestRestTemplate(
            new org.springframework.boot.web.client.RestTemplateBuilder()
                .rootUri(api.url(""))
                .requestFactory(org.springframework.http.client.JdkClientHttpRequestFactory.class));
    String userId = "webapp-probe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(userId);
    user.setPassword("right-password");
    identityService.saveUser(user);
    var access = authorizationService.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    access.setUserId(userId);
    access.setResource(org.camunda.bpm.engine.authorization.Resources.APPLICATION);
    access.setResourceId("tasklist");
    access.addPermission(org.camunda.bpm.engine.authorization.Permissions.ACCESS);
    authorizationService.saveAuthorization(access);

    assertThat(webappLogin(client, userId, "right-password").getStatusCode()).isEqualTo(HttpStatus.OK);
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin(client, userId, "guess-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<String> throttled = webappLogin(client, userId, "guess-6");
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getBody()).contains("登录失败次数过多");
  }

  /** Tasklist's own login: the CSRF cookie from a first GET, then the form POST with its token. */
  private static ResponseEntity<String> webappLogin(
      org.springframework.boot.test.web.client.TestRestTemplate client, String user, String password) {
    ResponseEntity<String> page = client.getForEntity("/camunda/app/tasklist/default/", String.class);
    java.util.List<String> cookies = page.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE);
    String cookieHeader = String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
    String token =
        cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0].substring(11)).findFirst().orElse("");
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(org.springframework.http.HttpHeaders.COOKIE, cookieHeader);
    headers.set("X-XSRF-TOKEN", token);
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    return client.postForEntity(
        "/camunda/api/admin/auth/user/default/login/tasklist", new org.springframework.http.HttpEntity<>(form, headers), String.class);
  }
}
