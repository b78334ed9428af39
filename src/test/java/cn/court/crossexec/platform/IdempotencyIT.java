package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.Simultaneously;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POSTs with an Idempotency-Key happen once; invalid requests are problems that change nothing. */
@IntegrationTest
class IdempotencyIT {

  @Autowired Api api;
  @Autowired RuntimeService runtime;

  @Test
  void repeatedPostWithTheSameKeyReturnsTheFirstResult() {
    String reference = "idem-" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    var first = post(key, Map.of("courtCode", "GD0305", "reference", reference));
    var second = post(key, Map.of("courtCode", "GD0305", "reference", reference));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefused() {
    String key = UUID.randomUUID().toString();
    post(key, Map.of("courtCode", "GD0305", "reference", "idem-" + UUID.randomUUID()));
    String other = "idem-" + UUID.randomUUID();
    var reused = post(key, Map.of("courtCode", "GD0305", "reference", other));
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(reused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(other).count()).isZero();
  }

  @Test
  void keysBelongToTheCallerWhoSentThem() {
    String key = UUID.randomUUID().toString();
    String mine = "idem-" + UUID.randomUUID();
    String theirs = "idem-" + UUID.randomUUID();
    post(key, Map.of("courtCode", "GD0305", "reference", mine));
    var other =
        api.as("officer-GD0303")
            .postForEntity("/api/test/court-tasks", withKey(key, Map.of("courtCode", "GD0303", "reference", theirs)), JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(theirs).count()).isEqualTo(1);
  }

  @Test
  void invalidRequestListsEachFieldAndWritesNothing() {
    String key = UUID.randomUUID().toString();
    var invalid = post(key, Map.of("courtCode", "gd 0305", "reference", ""));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode errors = invalid.getBody().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("courtCode", "reference");

    // the failed attempt did not use up the key: the corrected request goes through with it
    String reference = "idem-" + UUID.randomUUID();
    var corrected = post(key, Map.of("courtCode", "GD0305", "reference", reference));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void malformedJsonIsAProblemToo() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response =
        api.as("officer-GD0305").postForEntity("/api/test/court-tasks", new HttpEntity<>("{\"courtCode\": ", headers), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");
  }

  @Test
  void twentySimultaneousTwinsCreateOneResourceAndAllGetIt() throws Exception {
    String reference = "idem-" + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    var bodies = new java.util.HashSet<JsonNode>();
    for (ResponseEntity<JsonNode> response
        : Simultaneously.run(20, () -> post(key, Map.of("courtCode", "GD0305", "reference", reference)))) {
      assertThat(response.getStatusCode()).as("every twin is answered with the one resource").isEqualTo(HttpStatus.CREATED);
      bodies.add(response.getBody());
    }
    assertThat(bodies).hasSize(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  private ResponseEntity<JsonNode> post(String key, Map<String, String> body) {
    return api.as("officer-GD0305").postForEntity("/api/test/court-tasks", withKey(key, body), JsonNode.class);
  }

  private static HttpEntity<Map<String, String>> withKey(String key, Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return new HttpEntity<>(body, headers);
  }
}
