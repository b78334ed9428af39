package cn.court.crossexec.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A court officer in a real browser (the system's headless Chromium): logs in to Tasklist, which speaks Chinese
 * and hides the vendor's banner; the shared filter "本院待办" lists exactly the work items of the officer's court
 * (the same tasks /engine-rest gives the officer, none of another court's); the officer claims their work item and
 * completes its form. Skipped only where Chromium or its driver is not installed (CI installs both).
 */
@IntegrationTest
class TasklistBrowserIT {

  private static final String TASKLIST_PLUGIN_SCRIPT = "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js";

  private static final String OFFICER = "officer-GD0305";
  private static final String OFFICER_NAME = "深圳市南山区人民法院";
  private static final String TASK_NAME = "办理测试事项";
  private static final String COURT_TASKS_FILTER = "本院待办";
  private static final String RESULT = "已在任务中心办结";
  /** Tasklist shows at most this many tasks on a page. */
  private static final int PAGE_SIZE = 15;

  // The product's one sign-in page (/login): Tasklist sends a browser that has not signed in there, and back after it.
  private static final By LOGIN_FORM = By.id("login-form");
  private static final By USERNAME = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SIGN_IN = By.id("sign-in");
  private static final By ACTIVE_FILTER = By.cssSelector(".task-filters .task-filter.active h4.name");
  private static final By ACTIVE_FILTER_COUNTER = By.cssSelector(".task-filters .task-filter.active .counter");
  private static final By TASK_DETAILS = By.cssSelector(".task-details [cam-tasklist-task]");
  private static final By TASK_DETAILS_NAME = By.cssSelector(".task-details .task-card h2.task");
  private static final By CLAIM = By.cssSelector(".task-details button.claim");
  private static final By UNCLAIM = By.cssSelector(".task-details button.unclaim");
  private static final By VENDOR_BANNER = By.cssSelector(".ce-eol-banner");

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired FilterService filters;

  private Map<String, String> zh;
  private HeadlessChromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;
  private int step;

  private String nanshanInstance;
  private String nanshanTask;
  private String luohuInstance;
  private String luohuTask;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(HeadlessChromium.isInstalled(), HeadlessChromium.notInstalled());
  }

  @BeforeEach
  void twoCourtsEachHaveAWorkItemAndABrowserIsOpen() throws IOException {
    zh = HeadlessChromium.tasklistZhLabels();
    // Luohu's item is the newer one: Tasklist sorts by creation, newest first, so it would top the first page
    // if the filter leaked it to Nanshan's officer.
    nanshanInstance = startWorkItem("GD0305");
    nanshanTask = openTaskOf(nanshanInstance);
    luohuInstance = startWorkItem("GD0303");
    luohuTask = openTaskOf(luohuInstance);

    chromium = HeadlessChromium.start(1600, 1000);
    driver = chromium.driver();
    // The filter refreshes the task list now and then, replacing its elements: the wait ignores replaced ones.
    wait = chromium.waitUpTo(Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowserAndEndWorkItems() throws IOException {
    try {
      if (chromium != null) {
        screenshot("end");
        chromium.printConsole();
      }
    } finally {
      if (chromium != null) {
        chromium.close();
      }
      for (String instance : new String[] {nanshanInstance, luohuInstance}) {
        if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
          runtime.deleteProcessInstance(instance, "TasklistBrowserIT finished");
        }
      }
    }
  }

  @Test
  void officerWorksOnTheirCourtsTaskInChineseTasklist() {
    // 0. Tasklist loads its plugin script and the engine list from the webapps' own API under /camunda/api, which
    //    answers them without credentials (where these need HTTP Basic, the page never gets past its loading spinner).
    for (String path : List.of("/camunda/api/engine/engine", TASKLIST_PLUGIN_SCRIPT)) {
      assertThat(api.anonymous().getForEntity(path, String.class).getStatusCode())
          .as("GET %s without credentials: Tasklist needs it before its login page can show", path)
          .isEqualTo(HttpStatus.OK);
    }

    // 1. Tasklist sends the browser to the product's one login page, in Chinese
    driver.get(api.url("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
    wait.until(ExpectedConditions.textToBe(SIGN_IN, "登录"));
    assertThat(driver.findElement(LOGIN_FORM).getText()).contains("用户登录", "用户名", "密码").doesNotContain("Sign in");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    screenshot("login");

    // 2. Log in; the court's filter is chosen and the task list shows
    driver.findElement(USERNAME).sendKeys(OFFICER);
    driver.findElement(PASSWORD).sendKeys(Api.DEMO_PASSWORD);
    driver.findElement(SIGN_IN).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ACTIVE_FILTER, COURT_TASKS_FILTER));
    wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList(nanshanTask)));

    // Chinese labels from the project's zh locale, the officer's Chinese name, no vendor banner
    String filterId = filters.createFilterQuery().filterName(COURT_TASKS_FILTER).singleResult().getId();
    long officersCount = restFilterCount(filterId);
    wait.until(ExpectedConditions.textToBe(ACTIVE_FILTER_COUNTER, String.valueOf(officersCount)));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(TASK_DETAILS, label("SELECT_TASK_IN_LIST")));
    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page)
        .contains(COURT_TASKS_FILTER, label("SELECT_TASK_IN_LIST"), label("CREATION"), label("START_PROCESS"))
        .contains(OFFICER_NAME)
        .doesNotContain("Select a task in the list", "Created", "Start process", "Sign in");
    assertThat(driver.findElements(VENDOR_BANNER)).noneMatch(WebElement::isDisplayed);
    screenshot("task-list");

    // 3. The list holds the officer's own court's item and exactly what the engine gives the officer, none of
    //    Luohu's: the same task ids, in the same order, as the filter's first page through /engine-rest
    assertThat(driver.findElement(taskInList(nanshanTask)).getText()).isEqualTo(TASK_NAME);
    assertThat(driver.findElements(taskInList(luohuTask))).isEmpty();
    List<String> shown = taskIdsInList();
    assertThat(shown).contains(nanshanTask).doesNotContain(luohuTask).isEqualTo(restFilterFirstPage(filterId));
    assertThat(officersCount).isLessThan(tasks.createTaskQuery().active().count());
    for (String id : shown) {
      assertThat(tasks.getIdentityLinksForTask(id))
          .as("task %s shown to %s", id, OFFICER)
          .anyMatch(TasklistBrowserIT::offeredToNanshan);
    }

    // 4. Open the item and claim it
    driver.findElement(taskInList(nanshanTask)).click();
    wait.until(ExpectedConditions.textToBe(TASK_DETAILS_NAME, TASK_NAME));
    wait.until(ExpectedConditions.textToBe(CLAIM, label("CLAIM_TASK")));
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(UNCLAIM));
    wait.until(d -> OFFICER.equals(tasks.createTaskQuery().taskId(nanshanTask).singleResult().getAssignee()));
    screenshot("claimed");

    // 5. Fill in its form (办理结果) and complete it
    // Tasklist renders the form again once the claim is through; type until the value holds.
    By result = formField("办理结果");
    wait.until(d -> {
      WebElement field = d.findElement(result);
      if (!field.isEnabled()) {
        return false;
      }
      if (!RESULT.equals(field.getDomProperty("value"))) {
        field.clear();
        field.sendKeys(RESULT);
      }
      return RESULT.equals(field.getDomProperty("value"));
    });
    By complete = By.xpath("//*[contains(@class,'task-details')]//button[@type='submit' and normalize-space()='"
        + label("COMPLETE") + "']");
    screenshot("form-filled");
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList(nanshanTask)));
    screenshot("completed");

    // The engine: completed by the officer, with the form's value; Luohu's item untouched
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(nanshanTask).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo(OFFICER);
    assertThat(history.createUserOperationLogQuery().taskId(nanshanTask)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
        .isEqualTo(OFFICER);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(nanshanInstance)
            .variableName("result").singleResult().getValue())
        .isEqualTo(RESULT);
    assertThat(tasks.createTaskQuery().taskId(luohuTask).singleResult().getAssignee()).isNull();
  }

  private String startWorkItem(String courtCode) {
    return runtime.startProcessInstanceByKey(
            "test-court-task", "browser-" + courtCode + "-" + UUID.randomUUID(), Map.of("courtCode", courtCode))
        .getId();
  }

  private String openTaskOf(String processInstance) {
    return tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
  }

  private static boolean offeredToNanshan(IdentityLink link) {
    return "court-GD0305".equals(link.getGroupId()) || OFFICER.equals(link.getUserId());
  }

  /** The link of a task in the task list (its href is "#/?task=<id>..."). */
  private static By taskInList(String taskId) {
    return By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  /** A form-js field, found by its label. */
  private By formField(String label) {
    By labelLocator = By.xpath("//*[contains(@class,'task-details')]//label[contains(normalize-space(.), '" + label + "')]");
    String id = wait.until(ExpectedConditions.visibilityOfElementLocated(labelLocator)).getDomAttribute("for");
    return By.id(id);
  }

  /** The ids of the tasks in the list, read in one go (the filter refreshes the list now and then). */
  @SuppressWarnings("unchecked")
  private List<String> taskIdsInList() {
    List<String> hrefs = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('[cam-tasks] .tasks-list li.task h4.task a'))"
            + ".map(a => a.getAttribute('href'));");
    List<String> ids = new ArrayList<>();
    for (String href : hrefs) {
      String id = href.replaceFirst("^.*[?&]task=", "").replaceFirst("&.*$", "");
      ids.add(id);
    }
    return ids;
  }

  private long restFilterCount(String filterId) {
    ResponseEntity<JsonNode> count = api.as(OFFICER).getForEntity("/engine-rest/filter/" + filterId + "/count", JsonNode.class);
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
    return count.getBody().get("count").asLong();
  }

  /** The filter's first page for the officer, sorted as Tasklist sorts it. */
  private List<String> restFilterFirstPage(String filterId) {
    Map<String, Object> query = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    ResponseEntity<JsonNode> list = api.as(OFFICER).postForEntity(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE_SIZE,
        new HttpEntity<>(query), JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    list.getBody().forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  /** A label of the project's zh locale; it must be Chinese. */
  private String label(String key) {
    return HeadlessChromium.chineseLabel(zh, key);
  }

  /** For humans: each step as its own file, and the latest one as tasklist-officer.png. */
  private void screenshot(String name) {
    chromium.screenshot(String.format("tasklist-officer-%d-%s.png", ++step, name), "tasklist-officer.png");
  }
}
