package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The command centre's review in a real browser (the system's headless Chromium): an applicant's application
 * reaches the coordinator as the Camunda Form "coordinator-review"; in Tasklist the form shows the application
 * and the system's proposal (its text templates filled in from the process variables), the coordinator accepts
 * the proposal with the three required assessments and the reasons, and the application is decided as proposed,
 * by the coordinator. Skipped only where Chromium or its driver is not installed (CI installs both).
 */
@IntegrationTest
class CoordinatorReviewBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);
  private static final String APPLICANT = "applicant";
  private static final String COORDINATOR = "coordinator-GD03";
  private static final String REVIEW_TASK = "Task_CoordinatorReview";
  private static final String REVIEW_TASK_NAME = "审查交叉执行申请并作出决定";
  private static final String COURT_TASKS_FILTER = "本院待办";
  private static final String ORIGINAL_COURT_NAME = "深圳市南山区人民法院";
  private static final String AMOUNT = "1,250,000.00 元";
  private static final String PROPOSED_MODE_LABEL = "指令执行";

  private static final Map<String, String> ASSESSMENT = Map.of(
      "必要性", "被执行人涉嫌干预执行，原执行法院继续执行存在不当干预风险",
      "便利性", "被执行人主要财产位于指令执行法院辖区，便于查控处置",
      "规范性", "管辖、回避与审查程序均符合交叉执行规定",
      "决定理由", "为排除干预、推进执行，指令辖区内收案负担较轻的法院执行");

  // The product's one sign-in page (/login): Tasklist sends a browser that has not signed in there, and back after it.
  private static final By LOGIN_FORM = By.id("login-form");
  private static final By USERNAME = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SIGN_IN = By.id("sign-in");
  private static final By ACTIVE_FILTER = By.cssSelector(".task-filters .task-filter.active h4.name");
  private static final By TASK_DETAILS_NAME = By.cssSelector(".task-details .task-card h2.task");
  private static final By CLAIM = By.cssSelector(".task-details button.claim");
  private static final By UNCLAIM = By.cssSelector(".task-details button.unclaim");
  /** The rendered Camunda Form (form-js) in the task's details. */
  private static final By FORM = By.cssSelector(".task-details form.fjs-form");
  private static final By FORM_TEXT_VIEWS = By.cssSelector(".task-details form.fjs-form .fjs-form-field-text");

  @Autowired Api api;
  @Autowired TaskService tasks;

  private Map<String, String> zh;
  private HeadlessChromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;
  private int step;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
  }

  @BeforeEach
  void openBrowser() throws IOException {
    zh = HeadlessChromium.tasklistZhLabels();
    // Tall enough for the whole review form to show in the screenshots
    chromium = HeadlessChromium.start(1600, 2400);
    driver = chromium.driver();
    wait = chromium.waitUpTo(PATIENCE);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium == null) {
      return;
    }
    try {
      screenshot("end");
      chromium.printConsole();
    } finally {
      chromium.close();
    }
  }

  @Test
  void coordinatorReviewsTheApplicationInTasklistAndDecidesAsProposed() {
    // 1. An applicant applies; the application reaches the command centre's review
    String caseNumber = uniqueCaseNumber();
    ResponseEntity<JsonNode> created = api.as(APPLICANT).postForEntity("/api/applications", application(caseNumber), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String applicationId = created.getBody().get("id").asText();
    await("review task of " + caseNumber).atMost(PATIENCE).until(() -> reviewTask(applicationId) != null);
    String taskId = reviewTask(applicationId).getId();
    // What the worker filled in for the form, as the coordinator gets it from the engine
    JsonNode variables = api.as(COORDINATOR).getForObject("/engine-rest/task/" + taskId + "/form-variables", JsonNode.class);
    String candidateCourtsText = variables.at("/candidateCourtsText/value").asText();
    String proposedCourt = variables.at("/executingCourtCode/value").asText();
    assertThat(variables.at("/caseNumber/value").asText()).isEqualTo(caseNumber);
    assertThat(variables.at("/mode/value").asText()).isEqualTo("DIRECTED");
    assertThat(proposedCourt).matches("GD03\\d{2}").isNotEqualTo("GD0305");
    assertThat(candidateCourtsText).contains(proposedCourt);

    // 2. The coordinator logs in to Tasklist; the task is in the command centre's "本院待办"
    driver.get(api.url("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
    wait.until(ExpectedConditions.textToBe(SIGN_IN, "登录"));
    driver.findElement(USERNAME).sendKeys(COORDINATOR);
    driver.findElement(PASSWORD).sendKeys(Api.DEMO_PASSWORD);
    driver.findElement(SIGN_IN).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ACTIVE_FILTER, COURT_TASKS_FILTER));
    wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList(taskId)));
    assertThat(driver.findElement(taskInList(taskId)).getText()).isEqualTo(REVIEW_TASK_NAME);
    screenshot("task-list");

    // 3. Open and claim it
    wait.until(ExpectedConditions.elementToBeClickable(taskInList(taskId))).click();
    wait.until(ExpectedConditions.textToBe(TASK_DETAILS_NAME, REVIEW_TASK_NAME));
    wait.until(ExpectedConditions.textToBe(CLAIM, label("CLAIM_TASK")));
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(UNCLAIM));
    await("claimed by " + COORDINATOR).atMost(PATIENCE)
        .until(() -> COORDINATOR.equals(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()));

    // 4. The form shows the application and the proposal: its text templates are filled in, none left over
    By reviewOutcome = formField("审查结论");
    wait.until(d -> d.findElement(reviewOutcome).isEnabled());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, caseNumber));
    String form = driver.findElement(FORM).getText();
    screenshot("claimed");
    assertThat(form)
        .contains(caseNumber, ORIGINAL_COURT_NAME, AMOUNT, "2024-03-01", "张三", "深圳某某实业有限公司")
        .contains("建议执行方式：" + PROPOSED_MODE_LABEL)
        .contains(candidateCourtsText)
        .doesNotContain("{{", "}}", "null")
        // decisionErrors is not set: its notice stays hidden
        .doesNotContain("上次提交的决定不符合规则");
    assertThat(driver.findElements(FORM_TEXT_VIEWS)).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(view -> assertThat(view.getText()).doesNotContain("{{").doesNotContain("}}"));
    // The application's table is a real table (markdown rendered), with the case number in it
    assertThat(driver.findElement(By.xpath("//*[contains(@class,'task-details')]//form[contains(@class,'fjs-form')]"
            + "//table//td[normalize-space()='原执行案号']/following-sibling::td[1]")).getText())
        .isEqualTo(caseNumber);
    // Before a decision is chosen, the decision's fields are hidden
    assertThat(driver.findElements(formLabel("必要性"))).noneMatch(WebElement::isDisplayed);

    // 5. Decide on cross-execution: the decision's fields appear, pre-filled with the proposal
    By accept = By.xpath("//*[contains(@class,'task-details')]//form[contains(@class,'fjs-form')]"
        + "//label[normalize-space()='决定交叉执行']");
    wait.until(d -> {
      WebElement option = d.findElement(accept);
      WebElement radio = d.findElement(By.id(option.getDomAttribute("for")));
      if (!radio.isSelected()) {
        option.click();
      }
      return radio.isSelected();
    });
    By executingCourt = formField("执行法院代码");
    String prefilledCourt = wait.until(d -> {
      String value = d.findElement(executingCourt).getDomProperty("value");
      return value == null || value.isEmpty() ? null : value;
    });
    assertThat(prefilledCourt).matches("GD03\\d{2}").isNotEqualTo("GD0305").isEqualTo(proposedCourt);
    String modeId = wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("执行方式（"))).getDomAttribute("for");
    assertThat(driver.findElement(By.id(modeId + "-display")).getText()).isEqualTo(PROPOSED_MODE_LABEL);
    assertThat(driver.findElement(By.id(modeId)).getDomProperty("value")).isEqualTo(PROPOSED_MODE_LABEL);
    screenshot("accepted");

    // 6. Fill in the assessments and the reasons, and complete
    ASSESSMENT.forEach(this::type);
    screenshot("form-filled");
    // all of it still in place (no re-rendering of the form has reset it)
    assertThat(driver.findElement(By.id(driver.findElement(accept).getDomAttribute("for"))).isSelected()).isTrue();
    ASSESSMENT.forEach((labelStart, text) ->
        assertThat(driver.findElement(formField(labelStart)).getDomProperty("value")).as(labelStart).isEqualTo(text));
    assertThat(driver.findElement(executingCourt).getDomProperty("value")).isEqualTo(proposedCourt);
    By complete = By.xpath("//*[contains(@class,'task-details')]//button[@type='submit' and normalize-space()='"
        + label("COMPLETE") + "']");
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    screenshot("completed");

    // 7. The applicant sees the application decided as proposed, by the coordinator
    await("application " + applicationId + " decided").atMost(PATIENCE)
        .until(() -> "DECIDED".equals(applicationAsApplicant(applicationId).get("status").asText()));
    JsonNode decided = applicationAsApplicant(applicationId);
    assertThat(decided.at("/decision/mode").asText()).isEqualTo("DIRECTED");
    assertThat(decided.at("/decision/decidedBy").asText()).isEqualTo(COORDINATOR);
    assertThat(decided.at("/decision/executingCourtCode").asText()).isEqualTo(proposedCourt);
    assertThat(decided.at("/decision/necessity").asText()).isEqualTo(ASSESSMENT.get("必要性"));
    assertThat(decided.at("/decision/convenience").asText()).isEqualTo(ASSESSMENT.get("便利性"));
    assertThat(decided.at("/decision/regularity").asText()).isEqualTo(ASSESSMENT.get("规范性"));
    assertThat(decided.at("/decision/reasons").asText()).isEqualTo(ASSESSMENT.get("决定理由"));
  }

  // --- helpers ---

  private static String uniqueCaseNumber() {
    // 9 digits without a leading zero, different on every run (CI's PostgreSQL keeps earlier runs' applications)
    long sequence = 100_000_000L + Math.floorMod(System.currentTimeMillis() * 10 + System.nanoTime() % 10, 900_000_000L);
    return "（2024）粤0305执" + sequence + "号";
  }

  /** An application as in IntakeIT: interference suspected, all three required materials, the same parties. */
  private static Map<String, Object> application(String caseNumber) {
    Map<String, Object> body = new HashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("originalCourtCode", "GD0305");
    body.put("filedOn", "2024-03-01");
    body.put("amountClaimedFen", 125_000_000L);
    body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "11010519491231002X")));
    body.put("debtors", List.of(Map.of("name", "深圳某某实业有限公司", "type", "ENTERPRISE", "idNumber", "91350100M000100Y43")));
    body.put("assetLeads", "被执行人在南山区有商铺一间");
    body.put("reasons", "立案两年余仍未执行到位");
    body.put("excludedPeriods", List.of(Map.of("kind", "VALUATION", "from", "2024-05-01", "to", "2024-06-15")));
    body.put("indicators", List.of("INTERFERENCE_SUSPECTED"));
    body.put("materials", List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF"));
    return body;
  }

  private Task reviewTask(String applicationId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(REVIEW_TASK).singleResult();
  }

  private JsonNode applicationAsApplicant(String id) {
    return api.as(APPLICANT).getForObject("/api/applications/" + id, JsonNode.class);
  }

  /** Types into a form field until the value holds (Tasklist renders the form again once the claim is through). */
  private void type(String labelStart, String text) {
    wait.until(d -> {
      WebElement field = d.findElement(formField(labelStart));
      if (!field.isEnabled()) {
        return false;
      }
      if (!text.equals(field.getDomProperty("value"))) {
        field.clear();
        field.sendKeys(text);
      }
      return text.equals(field.getDomProperty("value"));
    });
  }

  /** The link of a task in the task list (its href is "#/?task=<id>..."). */
  private static By taskInList(String taskId) {
    return By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  /** A label of the form, by the start of its text (required fields' labels end in "*"). */
  private static By formLabel(String labelStart) {
    return By.xpath("//*[contains(@class,'task-details')]//form[contains(@class,'fjs-form')]"
        + "//label[starts-with(normalize-space(.), '" + labelStart + "')]");
  }

  /** The form-js field a visible label is for. */
  private By formField(String labelStart) {
    String id = wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel(labelStart))).getDomAttribute("for");
    if (id == null) {
      // a radio group's label names no input: its first option's input
      return By.xpath("(//*[contains(@class,'task-details')]//form[contains(@class,'fjs-form')]"
          + "//label[starts-with(normalize-space(.), '" + labelStart + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
          + "//input)[1]");
    }
    return By.id(id);
  }

  /** A label of the project's zh locale; it must be Chinese. */
  private String label(String key) {
    return HeadlessChromium.chineseLabel(zh, key);
  }

  /** For humans: each step as target/screenshots/coordinator-review-<n>-<step>.png. */
  private void screenshot(String name) {
    chromium.screenshot(String.format("coordinator-review-%d-%s.png", ++step, name));
  }
}
