package cn.court.crossexec.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the process tests of the enforcement models share: the in-memory engine of process-test.camunda.cfg.xml (each
 * class registers the extension, see {@link #processEngineExtension()}), the
 * test playing the job workers (worker "test") and the people (claim, then complete), messages correlated by the case
 * id (the business key of the case and of every process it calls), and timers driven by moving the engine clock.
 */
abstract class EnforcementProcessTestSupport {

  static final String CASE = "case-1";
  static final String WORKER = "test";

  ProcessEngine processEngine;
  RuntimeService runtime;
  TaskService tasks;
  Date start;

  /** Each test class registers its own extension: a static one shared by several classes loses its engine. */
  static ProcessEngineExtension processEngineExtension() {
    return ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();
  }

  @BeforeEach
  void setUpEngineAndClock(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    runtime = processEngine.getRuntimeService();
    tasks = processEngine.getTaskService();
    start = new Date();
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- job workers ---

  /** Plays the job worker of a topic: exactly one task must be waiting on it. Returns it (its variables as fetched). */
  LockedExternalTask worker(String topic, Map<String, Object> variables) {
    LockedExternalTask task = fetch(topic, 1).get(0);
    processEngine.getExternalTaskService().complete(task.getId(), WORKER, variables);
    return task;
  }

  LockedExternalTask workerError(String topic, String code, String message) {
    LockedExternalTask task = fetch(topic, 1).get(0);
    processEngine.getExternalTaskService().handleBpmnError(task.getId(), WORKER, code, message);
    return task;
  }

  /** Locks the tasks waiting on a topic: exactly {@code expected} of them. */
  List<LockedExternalTask> fetch(String topic, int expected) {
    List<LockedExternalTask> found = processEngine.getExternalTaskService().fetchAndLock(20, WORKER)
        .topic(topic, 60_000L).execute();
    assertThat(found).as("external tasks on " + topic).hasSize(expected);
    return found;
  }

  void complete(LockedExternalTask task, Map<String, Object> variables) {
    processEngine.getExternalTaskService().complete(task.getId(), WORKER, variables);
  }

  // --- people ---

  Task taskAt(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** A user task by its key, whichever instance (of the case or a process it calls) holds it. */
  Task task(String key) {
    return tasks.createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  /** The user claims the task in Tasklist and completes its form. */
  void complete(Task task, String user, Map<String, Object> variables) {
    assertThat(task).as("task to complete").isNotNull();
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), variables);
  }

  /** The Camunda Form (camunda:formRef) the task shows. */
  String formRef(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  // --- messages ---

  void correlate(String message, Map<String, Object> variables) {
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(CASE).setVariables(variables).correlateWithResult();
  }

  /** ControlMeasureService tells the watch of one measure to read it again (CaseMessage.forInstanceWith). */
  void measureChanged(String measureId) {
    runtime.createMessageCorrelation("MeasureChanged").processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals("measureId", measureId).correlateWithResult();
  }

  // --- called processes ---

  List<ProcessInstance> called(ProcessInstance parent, String key) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).processDefinitionKey(key)
        .orderByProcessInstanceId().asc().list();
  }

  List<ProcessInstance> running(String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key).list();
  }

  Object variable(ProcessInstance pi, String name) {
    return runtime.getVariable(pi.getId(), name);
  }

  // --- clock and timers ---

  Date days(int n) {
    return hours(n * 24L);
  }

  Date hours(long n) {
    return new Date(start.getTime() + n * 3600 * 1000);
  }

  void moveClockTo(Date when) {
    ClockUtil.setCurrentTime(when);
  }

  /** What a timer duration of n months (e.g. P6M) started now runs to. */
  Date monthsFromNow(int n) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).plusMonths(n).toInstant());
  }

  void moveClockHours(long n) {
    moveClockTo(new Date(ClockUtil.getCurrentTime().getTime() + n * 3600 * 1000));
  }

  List<Job> dueTimers() {
    return processEngine.getManagementService().createJobQuery().timers().executable().list();
  }

  void runDueTimers() {
    List<Job> due = dueTimers();
    assertThat(due).as("due timers").isNotEmpty();
    due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
  }

  /** The clock reaches {@code when}: nothing may be due a minute before, something must be due then. */
  void timersFireAt(Date when) {
    moveClockTo(new Date(when.getTime() - 60_000));
    assertThat(dueTimers()).as("timers due before " + when).isEmpty();
    moveClockTo(when);
    runDueTimers();
  }

  long timerJobs(String activityId) {
    return processEngine.getManagementService().createJobQuery().timers().activityId(activityId).count();
  }

  /** The due date of the one timer waiting at an activity. */
  Date timerDueAt(String activityId) {
    return processEngine.getManagementService().createJobQuery().timers().activityId(activityId).singleResult().getDuedate();
  }

  static String iso(Date date) {
    return OffsetDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
