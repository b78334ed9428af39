package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
 * A coordinated-enforcement case's tasks in a real browser (the system's headless Chromium, Chinese Tasklist): the
 * executing court's officer acknowledges the file in the Camunda Form "acknowledge-file" (the case summary filled in
 * from the process variables) and names the handler; a participating court's officer reports a seal work item in
 * "work-item-report", whose measure fields show for a seal (and stay hidden for an item that takes no measure), and
 * the seal is registered as that court's measure. Skipped only where Chromium or its driver is not installed (CI
 * installs both).
 */
@IntegrationTest
class CaseTasksBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(45);
  private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");
  private static final String APPLICANT = "applicant";
  private static final String COORDINATOR = "coordinator-GD03";
  private static final String DEBTOR_NAME = "深圳某某实业有限公司";
  private static final String DEBTOR_ID = "91350100M000100Y43";
  private static final String COURT_TASKS_FILTER = "本院待办";
  private static final String ACKNOWLEDGE_TASK_NAME = "签收案卷并指定承办人";
  private static final String SERVE_NOTICE_TASK_NAME = "发出执行通知书和报告财产令";
  private static final String PARTICIPATING_COURT = "GD0304";
  private static final String PARTICIPATING_OFFICER = "officer-" + PARTICIPATING_COURT;
  /** The work-item form's measure fields (shown for a seal, freeze or seizure only), by label. */
  private static final List<String> MEASURE_LABELS = List.of("财产类型", "财产标识", "财产描述", "裁定书文号");
  private static final String MEASURE_HEADING = "控制措施登记";

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
  private static final String IN_FORM = "//*[contains(@class,'task-details')]//form[contains(@class,'fjs-form')]";

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private Map<String, String> zh;
  private HeadlessChromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;
  private String screenshotPrefix;
  private int step;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
  }

  @BeforeEach
  void openBrowser() throws IOException {
    zh = HeadlessChromium.tasklistZhLabels();
    // Tall enough for the whole form to show in the screenshots
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
  void executingCourtAcknowledgesTheFileAndNamesTheHandlerInTasklist() {
    screenshotPrefix = "case-acknowledge";
    Decided c = decidedCase(50_000_000L);
    String officer = "officer-" + c.executingCourt();
    String caseNumber = caseNumber(c.caseId());
    Task acknowledge = awaitTask(c.caseId(), "Task_AcknowledgeFile");
    String handler = "王承办" + (System.nanoTime() % 1000);

    // 1. The executing court's officer finds the task in the court's filter, opens and claims it
    logIn(officer);
    openAndClaim(officer, acknowledge.getId(), ACKNOWLEDGE_TASK_NAME);

    // 2. The form shows the case, its text templates filled in from the process variables, none left over
    By handlerName = formField("承办人");
    wait.until(d -> d.findElement(handlerName).isEnabled());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, caseNumber));
    String form = driver.findElement(FORM).getText();
    screenshot("claimed");
    assertThat(form)
        .contains(ACKNOWLEDGE_TASK_NAME, caseNumber, DEBTOR_NAME, "张三", "500,000.00 元")
        .doesNotContain("{{", "}}", "null");
    assertThat(tableCell("案号")).isEqualTo(caseNumber);
    assertThat(tableCell("被执行人")).contains(DEBTOR_NAME);

    // 3. Name the handler and complete
    type("承办人", handler);
    screenshot("form-filled");
    complete(acknowledge.getId());

    // The engine and the case: completed by the officer, the notice task is next, the handler is on the case
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(acknowledge.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo(officer);
    Task serveNotice = awaitTask(c.caseId(), "Task_ServeNotice");
    assertThat(serveNotice.getName()).isEqualTo(SERVE_NOTICE_TASK_NAME);
    await("handler of " + c.caseId()).atMost(PATIENCE)
        .until(() -> handler.equals(theCase(c.caseId(), officer).path("handlerName").asText()));
  }

  @Test
  void participatingCourtReportsASealWorkItemInTasklistAndTheSealIsRegistered() {
    screenshotPrefix = "case-work-item";
    Decided c = decidedCase(30_000_000L);
    String caseNumber = caseNumber(c.caseId());
    awaitTask(c.caseId(), "Task_CoordinateJointWork");
    String path = "/api/cases/" + c.caseId() + "/work-items";
    LocalDate due = today().plusDays(5);
    String dueOn = due.toString();
    String dueText = due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
    String unique = String.valueOf(System.currentTimeMillis());
    String assetKey = "粤(2025)深圳市不动产权第" + unique + "号";
    String orderNumber = "（2025）粤0304执协" + unique + "号";

    // 1. The coordinator assigns a seal to GD0304, and (to see the measure fields hidden) a search for the debtor
    String instructions = "查封被执行人位于福田区的房产";
    ResponseEntity<JsonNode> seal = api.as(COORDINATOR).postForEntity(path, Map.of("type", "SEAL", "courtCode",
        PARTICIPATING_COURT, "dueOn", dueOn, "instructions", instructions), JsonNode.class);
    assertThat(seal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task sealTask = awaitWorkItemTask(c.caseId(), "查封：" + caseNumber);
    ResponseEntity<JsonNode> find = api.as(COORDINATOR).postForEntity(path, Map.of("type", "FIND_DEBTOR", "courtCode",
        PARTICIPATING_COURT, "dueOn", dueOn, "instructions", "查找法定代表人下落"), JsonNode.class);
    assertThat(find.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task findTask = awaitWorkItemTask(c.caseId(), "查找被执行人：" + caseNumber);

    // 2. GD0304's officer logs in; an item that takes no measure shows no measure fields
    logIn(PARTICIPATING_OFFICER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList(findTask.getId())));
    wait.until(ExpectedConditions.elementToBeClickable(taskInList(findTask.getId()))).click();
    wait.until(ExpectedConditions.textToBe(TASK_DETAILS_NAME, findTask.getName()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("办理情况")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, "查找法定代表人下落"));
    screenshot("find-debtor-item");
    assertThat(driver.findElement(FORM).getText()).doesNotContain(MEASURE_HEADING);
    for (String label : MEASURE_LABELS) {
      assertThat(driver.findElements(formLabel(label))).as("%s on a FIND_DEBTOR item", label).noneMatch(WebElement::isDisplayed);
    }

    // 3. The seal item: opened and claimed, it shows the item and the measure fields
    openAndClaim(PARTICIPATING_OFFICER, sealTask.getId(), sealTask.getName());
    By outcome = formField("办理情况");
    wait.until(d -> d.findElement(outcome).isEnabled());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, instructions));
    String form = driver.findElement(FORM).getText();
    screenshot("claimed");
    assertThat(form).contains("查封：" + caseNumber, caseNumber, instructions, MEASURE_HEADING)
        .doesNotContain("{{", "}}", "null");
    assertThat(tableCell("案号")).isEqualTo(caseNumber);
    assertThat(tableCell("办理期限")).isEqualTo(dueText);
    for (String label : MEASURE_LABELS) {
      assertThat(driver.findElements(formLabel(label))).as("%s on a SEAL item", label).anyMatch(WebElement::isDisplayed);
    }

    // 4. Report: done, with the seal taken
    chooseRadio("已完成");
    type("办理结果", "已查封房产一套");
    choose("财产类型", "不动产");
    type("财产标识", assetKey);
    type("财产描述", "福田区住宅一套");
    type("裁定书文号", orderNumber);
    screenshot("form-filled");
    // all of it still in place (no re-rendering of the form has reset it)
    assertThat(driver.findElement(By.id(radioOption("已完成").getDomAttribute("for"))).isSelected()).isTrue();
    assertThat(driver.findElement(By.id(driver.findElement(formLabel("财产类型")).getDomAttribute("for") + "-display")).getText())
        .isEqualTo("不动产");
    assertThat(driver.findElement(formField("财产标识")).getDomProperty("value")).isEqualTo(assetKey);
    complete(sealTask.getId());

    // The item is done by GD0304's officer, and the seal is GD0304's measure on the case
    await("seal item of " + c.caseId() + " done").atMost(PATIENCE)
        .until(() -> "DONE".equals(workItem(path, "SEAL").path("status").asText()));
    JsonNode item = workItem(path, "SEAL");
    assertThat(item.get("completedBy").asText()).isEqualTo(PARTICIPATING_OFFICER);
    assertThat(item.get("outcome").asText()).isEqualTo("DONE");
    assertThat(item.get("result").asText()).isEqualTo("已查封房产一套");
    assertThat(item.get("measureId").isNumber()).isTrue();
    assertThat(workItem(path, "FIND_DEBTOR").get("status").asText()).isEqualTo("OPEN");
    JsonNode measures = api.as(PARTICIPATING_OFFICER).getForObject("/api/cases/" + c.caseId() + "/measures", JsonNode.class);
    assertThat(measures).hasSize(1);
    JsonNode measure = measures.get(0);
    assertThat(measure.get("id").asLong()).isEqualTo(item.get("measureId").asLong());
    assertThat(measure.get("courtCode").asText()).isEqualTo(PARTICIPATING_COURT);
    assertThat(measure.get("kind").asText()).isEqualTo("SEAL");
    assertThat(measure.get("assetType").asText()).isEqualTo("REAL_ESTATE");
    assertThat(measure.get("assetKey").asText()).isEqualTo(assetKey);
    assertThat(measure.get("assetDescription").asText()).isEqualTo("福田区住宅一套");
    assertThat(measure.get("orderNumber").asText()).isEqualTo(orderNumber);
    assertThat(measure.get("takenOn").asText()).isEqualTo(today().toString());
  }

  // --- the case, as CaseFlow (cn.court.crossexec.enforcement) produces it ---

  private record Decided(String applicationId, String caseId, String executingCourt) {}

  /** An application from GD0305, directed by the GD03 command centre (through /engine-rest) to the proposed court. */
  private Decided decidedCase(long amountClaimedFen) {
    Map<String, Object> body = new HashMap<>();
    body.put("caseNumber", uniqueCaseNumber());
    body.put("originalCourtCode", "GD0305");
    body.put("filedOn", "2024-03-01");
    body.put("amountClaimedFen", amountClaimedFen);
    body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "11010519491231002X")));
    body.put("debtors", List.of(Map.of("name", DEBTOR_NAME, "type", "ENTERPRISE", "idNumber", DEBTOR_ID)));
    body.put("reasons", "立案两年余仍未执行到位");
    body.put("indicators", List.of("INTERFERENCE_SUSPECTED"));
    body.put("materials", List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF"));
    ResponseEntity<JsonNode> created = api.as(APPLICANT).postForEntity("/api/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String applicationId = created.getBody().get("id").asText();
    Task review = awaitTask(applicationId, "Task_CoordinatorReview");
    String court = api.as(COORDINATOR).getForObject("/engine-rest/task/" + review.getId() + "/form-variables", JsonNode.class)
        .at("/executingCourtCode/value").asText();
    Map<String, Object> decision = Map.of("reviewOutcome", "ACCEPT", "mode", "DIRECTED", "executingCourtCode", court,
        "necessity", "原执行法院存在不当干预风险", "convenience", "财产位于指令法院辖区", "regularity", "符合交叉执行程序",
        "decisionReasons", "指令异地法院执行");
    var client = api.as(COORDINATOR);
    assertThat(client.postForEntity("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", COORDINATOR), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> typed = new HashMap<>();
    decision.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    assertThat(client.postForEntity("/engine-rest/task/" + review.getId() + "/complete", Map.of("variables", typed), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    await("the decision of " + applicationId).atMost(PATIENCE).until(() -> application(applicationId).hasNonNull("caseId"));
    return new Decided(applicationId, application(applicationId).get("caseId").asText(), court);
  }

  private JsonNode application(String id) {
    return api.as(APPLICANT).getForObject("/api/applications/" + id, JsonNode.class);
  }

  private JsonNode theCase(String caseId, String user) {
    return api.as(user).getForObject("/api/cases/" + caseId, JsonNode.class);
  }

  /** The case's number, once the hand-off has opened the case (the decision names the case before it is opened). */
  private String caseNumber(String caseId) {
    await("case " + caseId + " opened").atMost(PATIENCE).until(() -> {
      JsonNode view = theCase(caseId, "manager");
      return view != null && view.hasNonNull("caseNumber");
    });
    return theCase(caseId, "manager").get("caseNumber").asText();
  }

  private Task awaitTask(String businessKey, String key) {
    await(key + " of " + businessKey).atMost(PATIENCE).until(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
  }

  private Task awaitWorkItemTask(String caseId, String name) {
    await("work item " + name).atMost(PATIENCE).until(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("Task_DoWorkItem").taskName(name).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("Task_DoWorkItem").taskName(name).singleResult();
  }

  /** The case's work item of the type, as the coordinator lists them. */
  private JsonNode workItem(String path, String type) {
    for (JsonNode item : api.as(COORDINATOR).getForObject(path, JsonNode.class)) {
      if (type.equals(item.path("type").asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + type + " work item at " + path);
  }

  private static String uniqueCaseNumber() {
    // 9 digits without a leading zero, different on every run (CI's PostgreSQL keeps earlier runs' cases)
    long sequence = 100_000_000L + Math.floorMod(System.currentTimeMillis() * 10 + System.nanoTime() % 10, 900_000_000L);
    return "（2024）粤0305执" + sequence + "号";
  }

  private static LocalDate today() {
    return LocalDate.now(COURT_TIME);
  }

  // --- Tasklist ---

  private void logIn(String user) {
    driver.get(api.url("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
    wait.until(ExpectedConditions.textToBe(SIGN_IN, "登录"));
    driver.findElement(USERNAME).sendKeys(user);
    driver.findElement(PASSWORD).sendKeys(Api.DEMO_PASSWORD);
    driver.findElement(SIGN_IN).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ACTIVE_FILTER, COURT_TASKS_FILTER));
  }

  /** Finds the task in the court's filter, opens it and claims it. */
  private void openAndClaim(String user, String taskId, String taskName) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList(taskId)));
    assertThat(driver.findElement(taskInList(taskId)).getText()).isEqualTo(taskName);
    screenshot("task-list");
    wait.until(ExpectedConditions.elementToBeClickable(taskInList(taskId))).click();
    wait.until(ExpectedConditions.textToBe(TASK_DETAILS_NAME, taskName));
    wait.until(ExpectedConditions.textToBe(CLAIM, label("CLAIM_TASK")));
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(UNCLAIM));
    await("claimed by " + user).atMost(PATIENCE)
        .until(() -> user.equals(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
  }

  private void complete(String taskId) {
    By complete = By.xpath("//*[contains(@class,'task-details')]//button[@type='submit' and normalize-space()='"
        + label("COMPLETE") + "']");
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    screenshot("completed");
    await("task " + taskId + " completed").atMost(PATIENCE)
        .until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
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

  /** Picks a radio option by its label until it is selected. */
  private void chooseRadio(String optionLabel) {
    wait.until(d -> {
      WebElement option = radioOption(optionLabel);
      WebElement radio = d.findElement(By.id(option.getDomAttribute("for")));
      if (!radio.isSelected()) {
        option.click();
      }
      return radio.isSelected();
    });
  }

  private WebElement radioOption(String optionLabel) {
    return driver.findElement(By.xpath(IN_FORM + "//label[normalize-space()='" + optionLabel + "']"));
  }

  /** Picks an option of a form-js select (a display box that opens a drop-down list) until it shows. */
  private void choose(String labelStart, String optionLabel) {
    String id = wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel(labelStart))).getDomAttribute("for");
    By display = By.id(id + "-display");
    By option = By.xpath(IN_FORM + "//*[@id='" + id + "-display']/ancestor::div[contains(@class,'fjs-form-field')][1]"
        + "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']");
    wait.until(d -> {
      if (optionLabel.equals(d.findElement(display).getText())) {
        return true;
      }
      List<WebElement> open = d.findElements(option);
      if (open.isEmpty()) {
        d.findElement(display).click();
      } else {
        open.get(0).click();
      }
      return optionLabel.equals(d.findElement(display).getText());
    });
  }

  /** The second cell of the form's table row whose first cell is {@code name}. */
  private String tableCell(String name) {
    return driver.findElement(By.xpath(IN_FORM + "//table//td[normalize-space()='" + name + "']/following-sibling::td[1]"))
        .getText();
  }

  /** The link of a task in the task list (its href is "#/?task=<id>..."). */
  private static By taskInList(String taskId) {
    return By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  /** A label of the form, by the start of its text (required fields' labels end in "*"). */
  private static By formLabel(String labelStart) {
    return By.xpath(IN_FORM + "//label[starts-with(normalize-space(.), '" + labelStart + "')]");
  }

  /** The form-js field a visible label is for. */
  private By formField(String labelStart) {
    String id = wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel(labelStart))).getDomAttribute("for");
    if (id == null) {
      // a radio group's label names no input: its first option's input
      return By.xpath("(" + IN_FORM + "//label[starts-with(normalize-space(.), '" + labelStart + "')]"
          + "/ancestor::div[contains(@class,'fjs-form-field')][1]//input)[1]");
    }
    return By.id(id);
  }

  /** A label of the project's zh locale; it must be Chinese. */
  private String label(String key) {
    return HeadlessChromium.chineseLabel(zh, key);
  }

  /** For humans: each step as target/screenshots/case-<test>-<n>-<step>.png. */
  private void screenshot(String name) {
    chromium.screenshot(String.format("%s-%d-%s.png", screenshotPrefix == null ? "case-tasks" : screenshotPrefix, ++step, name));
  }
}
