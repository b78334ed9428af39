package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.SourceAddressBrowser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One login, one look, in the system's headless Chromium: the officer signs in once on the Chinese login page, lands on
 * the product's page with the shared navigation bar (their name and court), opens Tasklist from it without a second
 * login, and 退出 ends it all. Guessing shows Chinese messages and slows the guesser, yet never locks the account.
 * Screenshots go to target/screenshots/signin-*.png.
 */
@IntegrationTest
class SignInBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);
  private static final String OFFICER = "officer-GD0305";
  private static final String COURT = "深圳市南山区人民法院";
  private static final By LOGIN_FORM = By.id("login-form");
  private static final By NAV = By.id("site-nav");
  private static final By NAV_USER = By.id("nav-user");
  private static final By TASKLIST_FILTER = By.cssSelector(".task-filters .task-filter.active h4.name");

  @Autowired Api api;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
  }

  @Test
  void oneSignInReachesTheProductsPagesAndTasklist() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1400, 1000)) {
      WebDriver driver = chromium.driver();
      WebDriverWait wait = chromium.waitUpTo(PATIENCE);
      try {
        // the product's page sends a browser that has not signed in to the login page, in Chinese
        driver.get(api.url("/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(driver.findElement(By.tagName("body")).getText())
            .contains("用户登录", "用户名", "密码", "账户本身不会被锁定").doesNotContain("Sign in", "Username");
        chromium.screenshot("signin-login-page.png");

        chromium.signIn(OFFICER, Api.DEMO_PASSWORD, PATIENCE);
        // the case page with the shared navigation bar: links, the officer's name and court
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NAV_USER, COURT));
        // back to the page asked for (Spring Security marks the return with ?continue)
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(driver.findElement(NAV_USER).getText()).contains(COURT + "执行干警", OFFICER);
        // 流程监控 (Cockpit) is for managers: an officer's bar leaves it out
        wait.until(d -> navLinks(d).contains("待办"));
        assertThat(navLinks(driver)).containsExactly("待办", "案件", "看板");
        assertThat(driver.findElement(By.id("nav-logout")).getText()).isEqualTo("退出");
        wait.until(d -> d.findElement(By.id("courts")).getText().contains(COURT));
        chromium.screenshot("signin-case-page.png");

        // 看板: the same bar on the dashboard, the same session
        driver.findElement(By.linkText("看板")).click();
        wait.until(ExpectedConditions.urlToBe(api.url("/dashboard")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NAV_USER, COURT));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertThat(driver.findElement(By.id("message")).getText()).isEmpty();
        chromium.screenshot("signin-dashboard.png");

        // 待办: Tasklist opens with the officer's court filter, no second login
        driver.findElement(By.linkText("待办")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(TASKLIST_FILTER, "本院待办"));
        assertThat(driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
        assertThat(driver.findElements(By.cssSelector("form[name='signinForm']"))).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(COURT);
        chromium.screenshot("signin-tasklist.png");

        // Cockpit is not the officer's: a Chinese page says so, under the same bar
        driver.get(api.url("/camunda/app/cockpit/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-message"), "无权使用"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NAV_USER, COURT));
        chromium.screenshot("signin-cockpit-not-for-officers.png");
        // the login page, opened while signed in, says who is signed in rather than asking again
        driver.get(api.url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-signed-in")));
        assertThat(driver.findElement(By.id("notice-signed-in")).getText()).contains("您已登录为", OFFICER);

        // 退出 on the product's page ends the session for Tasklist too
        driver.get(api.url("/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NAV_USER, COURT));
        driver.findElement(By.id("nav-logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElement(By.id("notice-logout")).getText()).isEqualTo("您已安全退出。");
        chromium.screenshot("signin-logged-out.png");
        driver.get(api.url("/camunda/app/tasklist/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
      } catch (AssertionError | RuntimeException e) {
        chromium.printConsole();
        chromium.screenshot("signin-failed.png");
        throw e;
      }
    }
  }

  @Test
  void theWebappsOwnLogoutEndsTheSharedSession() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1400, 1000)) {
      WebDriver driver = chromium.driver();
      WebDriverWait wait = chromium.waitUpTo(PATIENCE);
      try {
        driver.get(api.url("/camunda/app/tasklist/"));
        chromium.signIn(OFFICER, Api.DEMO_PASSWORD, PATIENCE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(TASKLIST_FILTER, "本院待办"));
        // Tasklist's own menu: the user's name, then 退出
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account .dropdown-toggle"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account li.logout a"))).click();
        // the webapp hands over to the product's login page, and the product's pages are signed out too
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        chromium.screenshot("signin-tasklist-logged-out.png");
        driver.get(api.url("/dashboard"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
      } catch (AssertionError | RuntimeException e) {
        chromium.printConsole();
        chromium.screenshot("signin-tasklist-logout-failed.png");
        throw e;
      }
    }
  }

  @Test
  void guessingIsSlowedInChineseButNeverLocksTheAccount() throws Exception {
    String userId = probeUser();
    // An attacker at three other addresses tries fifteen passwords: more than the engine's default lock-out (ten)
    for (String attacker : List.of("127.0.0.21", "127.0.0.22", "127.0.0.23")) {
      SourceAddressBrowser guesser = new SourceAddressBrowser(attacker, URI.create(api.url("")).getPort());
      for (int i = 0; i < 5; i++) {
        assertThat(guesser.signIn(userId, "guess-" + i).location()).endsWith("/login?error");
      }
      assertThat(guesser.signIn(userId, "guess-5").location()).containsPattern("/login\\?throttled=\\d+$");
    }
    try (HeadlessChromium chromium = HeadlessChromium.start(1200, 900)) {
      WebDriver driver = chromium.driver();
      WebDriverWait wait = chromium.waitUpTo(PATIENCE);
      try {
        // a wrong password at the officer's own desk: a clear Chinese message
        driver.get(api.url("/login"));
        chromium.signIn(userId, "not-the-password", PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-error")));
        assertThat(driver.findElement(By.id("notice-error")).getText()).isEqualTo("用户名或密码错误，请检查后重试。");
        chromium.screenshot("signin-wrong-password.png");

        // the right one signs in at once, whatever the attacker did
        chromium.signIn(userId, "right-password", PATIENCE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(NAV_USER, userId));
        chromium.screenshot("signin-not-locked-out.png");
      } catch (AssertionError | RuntimeException e) {
        chromium.printConsole();
        chromium.screenshot("signin-throttle-failed.png");
        throw e;
      }
    }
  }

  @Test
  void aThrottledBrowserIsToldHowLongToWait() throws Exception {
    String userId = probeUser();
    try (HeadlessChromium chromium = HeadlessChromium.start(1200, 900)) {
      WebDriver driver = chromium.driver();
      WebDriverWait wait = chromium.waitUpTo(PATIENCE);
      driver.get(api.url("/login"));
      for (int i = 0; i < 5; i++) {
        chromium.signIn(userId, "guess-" + i, PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-error")));
      }
      chromium.signIn(userId, "guess-5", PATIENCE);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-throttled")));
      String notice = driver.findElement(By.id("notice-throttled")).getText();
      assertThat(notice).matches("登录失败次数过多，请在 \\d+ 秒后再试。账户未被锁定。");
      chromium.screenshot("signin-throttled.png");
    }
  }

  private static List<String> navLinks(WebDriver driver) {
    return driver.findElement(NAV).findElements(By.cssSelector("ul a")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /** A user of their own, so that its throttle touches no other test; with Tasklist access. */
  private String probeUser() {
    String userId = "browser-probe-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(userId);
    user.setFirstName("测试");
    user.setLastName("用户");
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
}
