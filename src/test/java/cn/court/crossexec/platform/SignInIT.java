package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.SourceAddressBrowser;
import cn.court.crossexec.support.SourceAddressBrowser.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The browsers' one sign-in (/login, a session shared with the webapps, CSRF for session changes) next to HTTP Basic
 * for API clients, and the throttle that slows guessing without locking anyone out. Each "browser" here
 * ({@link SourceAddressBrowser}) keeps its own cookies and follows no redirect, so every answer of the server can be
 * checked; another source address is another loopback address (127.0.0.x).
 */
@IntegrationTest
class SignInIT {

  private static final String OFFICER = "officer-GD0305";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Api api;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void oneSignInServesTheProductsApiAndTasklist() throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    Answer page = browser.get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("用户登录", "用户名", "密码", "账户本身不会被锁定");
    assertThat(browser.cookie(SecurityConfig.CSRF_COOKIE)).as("the CSRF token comes with the login page").isNotBlank();

    Answer signedIn = browser.signIn(OFFICER, Api.DEMO_PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    String sessionCookie =
        signedIn.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

    JsonNode me = JSON.readTree(browser.get("/api/me").body());
    assertThat(me.get("id").asText()).isEqualTo(OFFICER);
    assertThat(me.get("name").asText()).contains("深圳市南山区人民法院");
    assertThat(me.at("/courts/0/code").asText()).isEqualTo("GD0305");
    assertThat(me.at("/courts/0/name").asText()).isEqualTo("深圳市南山区人民法院");
    assertThat(me.get("groups").toString()).contains("court-GD0305");
    assertThat(me.get("webapps").toString()).isEqualTo("[\"tasklist\"]");

    // Tasklist opens without a second login: the webapps' own API knows the user, with the engine's groups
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    Answer webappUser = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    JsonNode webapp = JSON.readTree(webappUser.body());
    assertThat(webapp.get("userId").asText()).isEqualTo(OFFICER);
    assertThat(webapp.get("authorizedApps").toString()).contains("tasklist");
    // ... and the engine's authorizations: the officer's Tasklist sees their court's filter, through the session
    Answer filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("本院待办");
  }

  @Test
  void aManagersSignInOpensCockpitReadOnly() throws Exception {
    SourceAddressBrowser browser = signedIn("manager");
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    JsonNode webapp = JSON.readTree(browser.get("/camunda/api/admin/auth/user/default").body());
    assertThat(webapp.get("userId").asText()).isEqualTo("manager");
    assertThat(webapp.get("authorizedApps").toString()).contains("cockpit").doesNotContain("admin");
    assertThat(JSON.readTree(browser.get("/api/me").body()).get("webapps").toString()).isEqualTo("[\"tasklist\",\"cockpit\"]");
    // the webapps' engine API answers the manager through the session
    assertThat(browser.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageAsksForTheSignInAndComesBackAfterIt() throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    for (String page : List.of("/", "/dashboard", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/")) {
      Answer answer = browser.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.header("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    browser.get("/camunda/app/tasklist/default/");
    Answer signedIn = browser.signIn(OFFICER, Api.DEMO_PASSWORD);
    assertThat(signedIn.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/default/?continue"));
  }

  @Test
  void anApiCallWithoutCredentialsGetsTheProblemNotTheLoginPage() throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    Answer curl = browser.exchange("GET", "/api/courts", Map.of("Accept", "application/json"), null);
    assertThat(curl.statusCode()).isEqualTo(401);
    assertThat(curl.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(curl.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(curl.headers("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

    // a page script's fetch: the same problem, without the challenge that would pop up the browser's password dialog
    Answer fetch =
        browser.exchange("GET", "/api/me", Map.of("Accept", "application/json", "X-Requested-With", "XMLHttpRequest"), null);
    assertThat(fetch.statusCode()).isEqualTo(401);
    assertThat(fetch.header("WWW-Authenticate")).isEmpty();
    assertThat(JSON.readTree(fetch.body()).get("title").asText()).isEqualTo("未登录");
  }

  @Test
  void aWrongPasswordGoesBackToTheLoginPageWithAChineseMessage() throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    browser.get("/login");
    Answer refused = browser.signIn("officer-ZJ0106", "wrong");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(browser.get("/login?error").body()).contains("用户名或密码错误，请检查后重试。");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    Answer forged = browser.post("/login", Map.of("username", OFFICER, "password", Api.DEMO_PASSWORD), null);
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(forged.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSessionAndSaysSo() throws Exception {
    SourceAddressBrowser browser = signedIn(OFFICER);
    // without the token, a cross-site form could sign the officer out: refused, still signed in
    Answer forged = browser.post("/logout", Map.of(), null);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

    Answer out = browser.post("/logout", Map.of("_csrf", browser.cookie(SecurityConfig.CSRF_COOKIE)), null);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(browser.get("/login?logout").body()).contains("您已安全退出。");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void theWebappsLogoutEndsTheSharedSession() throws Exception {
    SourceAddressBrowser browser = signedIn(OFFICER);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    String webappToken = browser.cookie("XSRF-TOKEN");
    assertThat(webappToken).as("the webapps' own CSRF cookie").isNotBlank();

    Answer out = browser.exchange("POST", "/camunda/api/admin/auth/user/default/logout", Map.of("X-XSRF-TOKEN", webappToken), "");
    assertThat(out.statusCode()).isLessThan(300);
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void aSessionChangeNeedsTheCsrfTokenButABasicCallDoesNot() throws Exception {
    SourceAddressBrowser browser = signedIn("applicant");
    Answer withoutToken = browser.postJson("/api/applications", "{}", null);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    JsonNode problem = JSON.readTree(withoutToken.body());
    assertThat(problem.get("title").asText()).isEqualTo("请求已失效");
    assertThat(problem.get("detail").asText()).contains("CSRF");

    // with the token the request reaches the API, which checks the fields (nothing is written: 400)
    Answer withToken = browser.postJson("/api/applications", "{}", browser.cookie(SecurityConfig.CSRF_COOKIE));
    assertThat(withToken.statusCode()).isEqualTo(400);

    // Swagger UI, opened in the signed-in browser, sends the same token with its requests
    assertThat(browser.get("/swagger-ui/swagger-initializer.js").body()).contains(SecurityConfig.CSRF_COOKIE, SecurityConfig.CSRF_HEADER);

    // an API client with HTTP Basic: no session, no token needed
    ResponseEntity<JsonNode> basic = api.as("applicant").postForEntity("/api/applications", Map.of(), JsonNode.class);
    assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> me = api.as(OFFICER).getForEntity("/api/me", JsonNode.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me.getBody().get("id").asText()).isEqualTo(OFFICER);
    assertThat(me.getHeaders().getOrEmpty("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
  }

  @Test
  void theWebappsOwnLoginFormIsClosed() throws Exception {
    for (String path : List.of("/camunda/api/admin/auth/user/default/login/tasklist",
        "/camunda/api/admin/auth/user/default/login/cockpit/", "/camunda/api/admin/auth/user/default/login/admin")) {
      SourceAddressBrowser browser = browserAt("127.0.0.1");
      Answer answer = browser.post(path, Map.of("username", OFFICER, "password", Api.DEMO_PASSWORD), null);
      assertThat(answer.statusCode()).as(path).isEqualTo(403);
      assertThat(JSON.readTree(answer.body()).get("title").asText()).isEqualTo("请在统一登录页登录");
      assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
      assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).as("the webapps know no user").isNotEqualTo(200);
    }
  }

  @Test
  void guessingFromManyAddressesIsSlowedButNeverLocksTheOfficerOut() throws Exception {
    String userId = probeUser();
    // Three addresses guess five times each: fifteen wrong passwords reach the engine, more than its default lock-out
    // (ten) would allow; each address is then held back, even with the right password.
    for (String attacker : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
      SourceAddressBrowser browser = browserAt(attacker);
      browser.get("/login");
      for (int i = 0; i < 5; i++) {
        assertThat(browser.signIn(userId, "guess-" + i).header("Location"))
            .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
      }
      String throttled = browser.signIn(userId, "right-password").header("Location").orElseThrow();
      assertThat(throttled).containsPattern("/login\\?throttled=\\d+$");
      assertThat(Integer.parseInt(throttled.substring(throttled.indexOf('=') + 1))).isBetween(1, 300);
      assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }
    assertThat(browserAt("127.0.0.1").get("/login?throttled=15").body()).contains("登录失败次数过多", "秒后再试", "账户未被锁定");

    // the officer, at their own desk, signs in at once, on the page and through Basic
    SourceAddressBrowser officer = browserAt("127.0.0.5");
    officer.get("/login");
    assertThat(officer.signIn(userId, "right-password").header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    assertThat(JSON.readTree(officer.get("/api/me").body()).get("id").asText()).isEqualTo(userId);
    assertThat(api.anonymous().withBasicAuth(userId, "right-password").getForEntity("/api/me", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private SourceAddressBrowser browserAt(String address) {
    return new SourceAddressBrowser(address, URI.create(api.url("")).getPort());
  }

  /** A user of their own (so the throttle of one test touches no other), with Tasklist access. */
  private String probeUser() {
    String userId = "signin-probe-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(userId);
    user.setPassword("right-password");
    identityService.saveUser(user);
    var access = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    access.setUserId(userId);
    access.setResource(Resources.APPLICATION);
    access.setResourceId("tasklist");
    access.addPermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(access);
    return userId;
  }

  private SourceAddressBrowser signedIn(String user) throws Exception {
    SourceAddressBrowser browser = browserAt("127.0.0.1");
    browser.get("/login");
    assertThat(browser.signIn(user, Api.DEMO_PASSWORD).header("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error", "throttled", "expired"));
    return browser;
  }
}
