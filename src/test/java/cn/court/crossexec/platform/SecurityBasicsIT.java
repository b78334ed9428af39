package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security basics (issue 16): passwords are stored hashed and salted by the identity service; the product's pages
 * carry a content security policy, no-sniffing and frame options; no error body, of the product's API or the engine's,
 * shows a stack trace, SQL or the database. (Session cookie flags and the throttled login: SignInIT; CSRF: SignInIT.)
 */
@IntegrationTest
class SecurityBasicsIT {

  private static final List<String> INTERNALS = List.of("\tat ", "at org.", "at java.", "Caused by", "SQLException",
      "SELECT ", "INSERT INTO", "org.h2", "org.postgresql", "org.hibernate", "jdbc:");

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void passwordsAreStoredHashedAndSalted() {
    Map<String, Object> row = jdbc.queryForMap("SELECT PWD_, SALT_ FROM ACT_ID_USER WHERE ID_ = ?", "officer-GD0305");
    assertThat((String) row.get("PWD_")).isNotEqualTo(Api.DEMO_PASSWORD).doesNotContain(Api.DEMO_PASSWORD)
        .hasSizeGreaterThanOrEqualTo(40);
    assertThat((String) row.get("SALT_")).isNotBlank();
    String other = jdbc.queryForObject("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?", String.class, "officer-GD0303");
    assertThat(other).as("the same password, another salt").isNotEqualTo(row.get("PWD_"));
  }

  @Test
  void theProductsPagesCarryAContentSecurityPolicyAndNoSniffing() {
    for (String page : List.of("/login", "/login.html")) {
      ResponseEntity<String> answer = api.anonymous().getForEntity(page, String.class);
      HttpHeaders headers = answer.getHeaders();
      assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
      assertThat(headers.getFirst("Content-Security-Policy")).as(page)
          .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'self'").doesNotContain("unsafe-eval");
      assertThat(headers.getFirst("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(page).isEqualTo("SAMEORIGIN");
    }
  }

  @Test
  void noErrorBodyShowsAStackTraceSqlOrTheDatabase() {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    record Probe(HttpMethod method, String path, String body) {}
    List<Probe> probes = List.of(
        new Probe(HttpMethod.POST, "/api/applications", "{\"amountClaimedFen\": \"x\""),
        new Probe(HttpMethod.POST, "/api/applications", "{\"amountClaimedFen\": 1e400, \"caseNumber\": \"' OR 1=1 --\"}"),
        new Probe(HttpMethod.GET, "/api/cases/' OR '1'='1", null),
        new Probe(HttpMethod.GET, "/api/stats/kpis?from=yesterday&court=%00", null),
        new Probe(HttpMethod.POST, "/engine-rest/task/no-such-task/complete", "{\"variables\": {\"x\": {\"value\": 1, \"type\": \"NoSuchType\"}}}"),
        new Probe(HttpMethod.POST, "/engine-rest/process-instance", "not json"),
        new Probe(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=x&sortBy=' OR 1=1", null));
    for (Probe probe : probes) {
      ResponseEntity<String> answer = api.as("officer-GD0305")
          .exchange(probe.path(), probe.method(), new HttpEntity<>(probe.body(), json), String.class);
      String body = answer.getBody() == null ? "" : answer.getBody();
      assertThat(answer.getStatusCode().is4xxClientError()).as("%s %s: %s %s", probe.method(), probe.path(),
          answer.getStatusCode(), body).isTrue();
      assertThat(body).as("%s %s", probe.method(), probe.path()).doesNotContain(INTERNALS);
    }
  }
}
