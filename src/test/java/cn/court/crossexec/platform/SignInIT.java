package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * for API clients, and the throttle that slows guessing without locking anyone out. Each "browser" here keeps its own
 * cookies and follows no redirect, so every answer of the server can be checked; another source address is another
 * loopback address (127.0.0.x).
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
    Browser browser = new Browser("127.0.0.1");
    Answer page = browser.get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("用户登录", "用户名", "密码", "账户本身不会被锁定");
    assertThat(browser.cookie(SecurityConfig.CSRF_COOKIE)).as("the CSRF token comes with the login page").isNotBlank();

    Answer signedIn = browser.signIn(OFFICER, Api.DEMO_PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    String sessionCookie =
        signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

    JsonNode me = JSON.readTree(browser.get("/api/me").body());
    assertThat(me.get("id").asText()).isEqualTo(OFFICER);
    assertThat(me.get("name").asText()).contains("深圳市南山区人民法院");
    assertThat(me.at("/courts/0/code").asText()).isEqualTo("GD0305");
    assertThat(me.at("/courts/0/name").asText()).isEqualTo("深圳市南山区人民法院");
    assertThat(me.get("groups").toString()).contains("court-GD0305");

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
  void aPageAsksForTheSignInAndComesBackAfterIt() throws Exception {
    Browser browser = new Browser("127.0.0.1");
    for (String page : List.of("/", "/dashboard", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/")) {
      Answer answer = browser.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    browser.get("/camunda/app/tasklist/default/");
    Answer signedIn = browser.signIn(OFFICER, Api.DEMO_PASSWORD);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/default/?continue"));
  }

  @Test
  void anApiCallWithoutCredentialsGetsTheProblemNotTheLoginPage() throws Exception {
    Browser browser = new Browser("127.0.0.1");
    Answer curl = browser.exchange("GET", "/api/courts", Map.of("Accept", "application/json"), null);
    assertThat(curl.statusCode()).isEqualTo(401);
    assertThat(curl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(curl.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(curl.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

    // a page script's fetch: the same problem, without the challenge that would pop up the browser's password dialog
    Answer fetch =
        browser.exchange("GET", "/api/me", Map.of("Accept", "application/json", "X-Requested-With", "XMLHttpRequest"), null);
    assertThat(fetch.statusCode()).isEqualTo(401);
    assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(JSON.readTree(fetch.body()).get("title").asText()).isEqualTo("未登录");
  }

  @Test
  void aWrongPasswordGoesBackToTheLoginPageWithAChineseMessage() throws Exception {
    Browser browser = new Browser("127.0.0.1");
    browser.get("/login");
    Answer refused = browser.signIn("officer-ZJ0106", "wrong");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(browser.get("/login?error").body()).contains("用户名或密码错误，请检查后重试。");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
    Browser browser = new Browser("127.0.0.1");
    Answer forged = browser.post("/login", Map.of("username", OFFICER, "password", Api.DEMO_PASSWORD), null);
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSessionAndSaysSo() throws Exception {
    Browser browser = signedIn(OFFICER);
    // without the token, a cross-site form could sign the officer out: refused, still signed in
    Answer forged = browser.post("/logout", Map.of(), null);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

    Answer out = browser.post("/logout", Map.of("_csrf", browser.cookie(SecurityConfig.CSRF_COOKIE)), null);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(browser.get("/login?logout").body()).contains("您已安全退出。");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void theWebappsLogoutEndsTheSharedSession() throws Exception {
    Browser browser = signedIn(OFFICER);
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
    Browser browser = signedIn("applicant");
    Answer withoutToken = browser.postJson("/api/applications", "{}", null);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    JsonNode problem = JSON.readTree(withoutToken.body());
    assertThat(problem.get("title").asText()).isEqualTo("请求已失效");
    assertThat(problem.get("detail").asText()).contains("CSRF");

    // with the token the request reaches the API, which checks the fields (nothing is written: 400)
    Answer withToken = browser.postJson("/api/applications", "{}", browser.cookie(SecurityConfig.CSRF_COOKIE));
    assertThat(withToken.statusCode()).isEqualTo(400);

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
    Browser browser = new Browser("127.0.0.1");
    Answer answer =
        browser.post("/camunda/api/admin/auth/user/default/login/tasklist", Map.of("username", OFFICER, "password", Api.DEMO_PASSWORD), null);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(answer.body()).get("title").asText()).isEqualTo("请在统一登录页登录");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void guessingFromManyAddressesIsSlowedButNeverLocksTheOfficerOut() throws Exception {
    String userId = probeUser();
    // Three addresses guess five times each: fifteen wrong passwords reach the engine, more than its default lock-out
    // (ten) would allow; each address is then held back, even with the right password.
    for (String attacker : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
      Browser browser = new Browser(attacker);
      browser.get("/login");
      for (int i = 0; i < 5; i++) {
        assertThat(browser.signIn(userId, "guess-" + i).headers().firstValue("Location"))
            .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
      }
      String throttled = browser.signIn(userId, "right-password").headers().firstValue("Location").orElseThrow();
      assertThat(throttled).containsPattern("/login\\?throttled=\\d+$");
      assertThat(Integer.parseInt(throttled.substring(throttled.indexOf('=') + 1))).isBetween(1, 300);
      assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }
    assertThat(new Browser("127.0.0.1").get("/login?throttled=15").body()).contains("登录失败次数过多", "秒后再试", "账户未被锁定");

    // the officer, at their own desk, signs in at once, on the page and through Basic
    Browser officer = new Browser("127.0.0.5");
    officer.get("/login");
    assertThat(officer.signIn(userId, "right-password").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    assertThat(JSON.readTree(officer.get("/api/me").body()).get("id").asText()).isEqualTo(userId);
    assertThat(api.anonymous().withBasicAuth(userId, "right-password").getForEntity("/api/me", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
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

  private Browser signedIn(String user) throws Exception {
    Browser browser = new Browser("127.0.0.1");
    browser.get("/login");
    assertThat(browser.signIn(user, Api.DEMO_PASSWORD).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error", "throttled", "expired"));
    return browser;
  }

  /** What the server answered, headers by lower-case name. */
  record Answer(int statusCode, Map<String, List<String>> headerMap, String body) {
    Answer headers() {
      return this;
    }

    java.util.Optional<String> firstValue(String name) {
      return allValues(name).stream().findFirst();
    }

    List<String> allValues(String name) {
      return headerMap.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }
  }

  /**
   * A browser at one source address: its own cookies, no redirects followed. Each request is one HTTP/1.0 exchange over
   * a socket bound to that address (Java 17's HTTP clients cannot choose the source address; the server sees it as the
   * request's remote address, which is what the throttle counts by).
   */
  private final class Browser {
    private final String address;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(String address) {
      this.address = address;
      this.port = URI.create(api.url("")).getPort();
    }

    /** A page the person opens: the browser asks for HTML. */
    Answer get(String path) throws IOException {
      return exchange("GET", path, Map.of("Accept", "text/html,application/xhtml+xml,application/json;q=0.9"), null);
    }

    Answer signIn(String user, String password) throws IOException {
      return post("/login", Map.of("username", user, "password", password), cookie(SecurityConfig.CSRF_COOKIE));
    }

    Answer post(String path, Map<String, String> fields, String csrfToken) throws IOException {
      Map<String, String> form = new LinkedHashMap<>(fields);
      if (csrfToken != null) {
        form.put("_csrf", csrfToken);
      }
      String body = form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      return exchange("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"), body);
    }

    Answer postJson(String path, String json, String csrfToken) throws IOException {
      Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json", "Accept", "application/json"));
      if (csrfToken != null) {
        headers.put(SecurityConfig.CSRF_HEADER, csrfToken);
      }
      return exchange("POST", path, headers, json);
    }

    Answer exchange(String method, String path, Map<String, String> headers, String body) throws IOException {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
      headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (!cookies.isEmpty()) {
        request.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "))).append("\r\n");
      }
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      byte[] response;
      try (java.net.Socket socket = new java.net.Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write(content);
        socket.getOutputStream().flush();
        response = socket.getInputStream().readAllBytes();
      }
      String text = new String(response, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        answerHeaders.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      for (String setCookie : answerHeaders.getOrDefault("set-cookie", List.of())) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String value = pair.substring(eq + 1);
        if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
          cookies.remove(pair.substring(0, eq));
        } else {
          cookies.put(pair.substring(0, eq), value);
        }
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, text.substring(end + 4));
    }

    String cookie(String name) {
      return cookies.get(name);
    }
  }
}
