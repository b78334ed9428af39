package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver) in Chinese, with its own throw-away
 * profile, for browser tests of the webapps; and the Chinese labels of the project's Tasklist locale.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
  private static final String ZH_LOCALE = "META-INF/resources/webjars/camunda/app/tasklist/locales/zh.json";

  private final Path profile;
  private final WebDriver driver;

  private HeadlessChromium(Path profile, WebDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  static boolean isInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static String notInstalled() {
    return "Browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
        + " (apt-get install -y chromium chromium-driver)";
  }

  /** A new browser with an empty profile and a window of the given size. */
  static HeadlessChromium start(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    // The system chromedriver, given explicitly: Selenium Manager must not look for (or download) a driver.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    try {
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new HeadlessChromium(profile, driver);
    } catch (RuntimeException e) {
      FileSystemUtils.deleteRecursively(profile);
      throw e;
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** A wait that ignores elements replaced under it (Tasklist re-renders lists and forms now and then). */
  WebDriverWait waitUpTo(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Saves what the browser shows as target/screenshots/{@code fileName}, and the same picture under each of
   * {@code copies} (say, a fixed name that always holds the latest step).
   */
  Path screenshot(String fileName, String... copies) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Path file = SCREENSHOTS.resolve(fileName);
      Files.write(file, png);
      for (String copy : copies) {
        Files.write(SCREENSHOTS.resolve(copy), png);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in on the product's login page (/login) the browser is on — a protected page sends it there — and waits until
   * the page is left (for the page asked for, or the login page again with its message).
   */
  void signIn(String user, String password, Duration patience) {
    WebElement form = waitUpTo(patience).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    WebElement username = form.findElement(By.id("username"));
    username.clear();
    username.sendKeys(user);
    form.findElement(By.id("password")).sendKeys(password);
    form.findElement(By.id("sign-in")).click();
    waitUpTo(patience).until(driver -> isGone(form));
  }

  /**
   * Whether an element's page has been replaced. Chromium reports an element of a page being torn down either as
   * stale or, for a moment, as an "unknown error: Node … does not belong to the document"; both mean the old page
   * is gone, which {@code ExpectedConditions.stalenessOf} recognises only for the first.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** The browser's console, for whoever reads a failed run's output. */
  void printConsole() {
    driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("[chromium console] " + entry));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      FileSystemUtils.deleteRecursively(profile);
    }
  }

  /** The labels of the project's Chinese Tasklist locale (zh.json), by key. */
  static Map<String, String> tasklistZhLabels() throws IOException {
    try (InputStream in = HeadlessChromium.class.getClassLoader().getResourceAsStream(ZH_LOCALE)) {
      assertThat(in).as(ZH_LOCALE).isNotNull();
      JsonNode labels = new ObjectMapper().readTree(in).get("labels");
      Map<String, String> result = new HashMap<>();
      labels.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
      return result;
    }
  }

  /** The label {@code key} of the Chinese Tasklist locale's {@code labels}; it must be Chinese. */
  static String chineseLabel(Map<String, String> labels, String key) {
    String value = labels.get(key);
    assertThat(value).as("zh.json label %s", key).isNotBlank().containsPattern("\\p{IsHan}");
    return value;
  }
}
