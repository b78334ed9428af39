package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.court.crossexec.enforcement.CaseFlow;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' dashboard in the system's headless Chromium: a manager sees the charts, the KPI table with its
 * definitions and the seeded case's court, filters by court; a court officer sees their court only. Screenshots go to
 * target/screenshots/. Skipped only where Chromium or its driver is not installed.
 */
@IntegrationTest
class DashboardBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);

  @Autowired EnforcementCaseService cases;
  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;

  @Test
  void aManagerSeesChartsKpisAndDefinitionsAndFiltersByCourt() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
    open("GD0303");
    open("GD0305");
    try (HeadlessChromium chromium = HeadlessChromium.start(1400, 2200)) {
      try {
        WebDriver driver = signedIn(chromium, "manager");
        loaded(chromium);
        assertThat(driver.findElement(By.id("message")).getText()).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#chart-court canvas"))).isNotEmpty();
        String kpis = driver.findElement(By.id("kpis")).getText();
        assertThat(kpis).contains("深圳市罗湖区人民法院", "深圳市南山区人民法院", "合计", "执行到位率");
        assertThat(driver.findElement(By.id("definitions")).getText()).contains("执行完毕率", "实际执行率", "终本率");
        chromium.screenshot("dashboard-manager.png");

        new Select(driver.findElement(By.name("court"))).selectByValue("GD0303");
        driver.findElement(By.id("apply")).click();
        loaded(chromium);
        List<String> courts = kpiCourts(driver);
        assertThat(courts).containsExactly("深圳市罗湖区人民法院", "合计");
        assertThat(driver.findElement(By.cssSelector("a[data-csv='/api/stats/kpis']")).getAttribute("href"))
            .contains("court=GD0303", "format=csv");
        chromium.screenshot("dashboard-manager-filtered.png");
      } catch (AssertionError | RuntimeException e) {
        chromium.printConsole();
        chromium.screenshot("dashboard-manager-failed.png");
        throw e;
      }
    }
  }

  @Test
  void theOverdueSectionsDownloadAsCsvAndARowLinksToItsCase() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
    // a case whose handler step is overdue: decided, then the model's reminder fired
    CaseFlow flow = new CaseFlow(api, tasks, runtime, externalTasks);
    CaseFlow.Decided c = flow.decidedCase(1_500_000L, "91350100M000100Y43");
    Task acknowledge = flow.awaitTask(c.caseId(), "Task_AcknowledgeFile");
    management.executeJob(management.createJobQuery().processInstanceId(acknowledge.getProcessInstanceId())
        .activityId("Timer_HandlerOverdue").singleResult().getId());
    flow.awaitOr(() -> api.as("manager").getForObject("/api/stats/deadlines/overdue", String.class).contains(c.caseId()),
        () -> "waiting for the reminder; " + flow.whereIs(c.caseId()));
    Path downloads = Files.createTempDirectory(HeadlessChromium.SCREENSHOTS.getParent(), "downloads-");
    try (HeadlessChromium chromium = HeadlessChromium.start(1400, 3200)) {
      try {
        ChromeDriver driver = (ChromeDriver) signedIn(chromium, "coordinator-GD03");
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
            "downloadPath", downloads.toAbsolutePath().toString()));
        driver.get(api.url("/dashboard"));
        loaded(chromium);
        assertThat(driver.findElement(By.id("message")).getText()).isEmpty();
        // the new sections, in Chinese, with what they count
        assertThat(driver.findElement(By.tagName("main")).getText())
            .contains("逾期事项（移交环节与联合执行事项）", "异议期（当前开放）", "流程异常与无法送达的消息", "7 日内");
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("至首次控制措施（日）", "至首笔到位款（日）", "至结案（日）");
        assertThat(driver.findElement(By.id("definitions")).getText()).contains("决定至首次控制措施平均天数", "决定至结案平均天数");
        assertThat(driver.findElement(By.id("operations-note")).getText()).contains("Cockpit");
        WebElement row = driver.findElement(By.cssSelector("#overdue a.case-link[href='/cases/" + c.caseId() + "']"));
        assertThat(row.getDomAttribute("href")).isEqualTo("/cases/" + c.caseId());
        chromium.screenshot("dashboard-overdue.png");

        // the CSV link downloads the overdue table: the BOM, the Chinese headings, the case and its link
        driver.findElement(By.cssSelector("a[data-csv='/api/stats/deadlines/overdue']:not([data-format])")).click();
        Path csv = downloads.resolve("stats-overdue.csv");
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> Files.exists(csv) && Files.size(csv) > 3);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("类别,案件编号,执行案号", c.caseId(), "/cases/" + c.caseId());

        // the row's link opens the case's page
        driver.findElement(By.cssSelector("#overdue a.case-link[href='/cases/" + c.caseId() + "']")).click();
        chromium.waitUpTo(PATIENCE).until(d -> d.getCurrentUrl().endsWith("/cases/" + c.caseId()));
      } catch (AssertionError | RuntimeException e) {
        chromium.printConsole();
        chromium.screenshot("dashboard-overdue-failed.png");
        throw e;
      }
    }
  }

  @Test
  void aCourtOfficerSeesOnlyTheirCourt() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
    open("GD0303");
    try (HeadlessChromium chromium = HeadlessChromium.start(1400, 1800)) {
      WebDriver driver = signedIn(chromium, "officer-GD0303");
      loaded(chromium);
      assertThat(kpiCourts(driver)).containsExactly("深圳市罗湖区人民法院", "合计");
      // incidents and undeliverable messages are for managers and coordinators: the officer is told so, not shown an error
      assertThat(driver.findElement(By.id("operations-note")).getText()).contains("仅执行局领导与指挥中心协调员");
      assertThat(driver.findElement(By.id("message")).getText()).isEmpty();
      chromium.screenshot("dashboard-court-officer.png");
    }
  }

  /** Opens the dashboard: the browser is sent to the login page, signs in there once and comes back. */
  private WebDriver signedIn(HeadlessChromium chromium, String user) {
    WebDriver driver = chromium.driver();
    driver.get(api.url("/dashboard"));
    chromium.signIn(user, Api.DEMO_PASSWORD, PATIENCE);
    chromium.waitUpTo(PATIENCE).until(d -> d.getCurrentUrl().contains("/dashboard"));
    return driver;
  }

  private static void loaded(HeadlessChromium chromium) {
    chromium.waitUpTo(PATIENCE).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  private static List<String> kpiCourts(WebDriver driver) {
    return driver.findElements(By.cssSelector("#kpis tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(0)).map(WebElement::getText).toList();
  }

  private void open(String executingCourt) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), "（2026）粤执" + id.substring(0, 6) + "号", "PASSIVE_RISK",
        "DIRECTED", "GD03", executingCourt, "GD0304", LocalDate.of(2025, 3, 1), 1_000_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executingCourt, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0304", "ORIGINAL")),
        "coordinator-GD03", null));
  }
}
