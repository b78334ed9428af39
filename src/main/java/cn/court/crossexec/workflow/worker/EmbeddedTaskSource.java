package cn.court.crossexec.workflow.worker;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.FetchAndLockBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.SingleConsumerCondition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's external tasks taken through its Java API, for the job workers running in the engine's own process:
 * the same tasks, locks, completions, BPMN errors and failures as over {@code /engine-rest} ({@link EngineTaskSource},
 * which a separate {@code worker} process uses), without an HTTP round trip, a JSON mapping and a password check per
 * call — those cost about half the CPU of a step (a JFR profile of the benchmark). Waiting works as the REST API's long
 * polling does: an empty fetch waits for the engine's signal that a new external task was committed (the condition the
 * REST API's own fetch-and-lock handler waits on), at most the configured time, then fetches again.
 */
final class EmbeddedTaskSource implements TaskSource {

  private final org.camunda.bpm.engine.ExternalTaskService engine;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final String workerId;
  private final boolean usePriority;
  private final long waitMillis;
  private final ExternalTaskService service = new Service();
  private volatile SingleConsumerCondition waiting;

  EmbeddedTaskSource(org.camunda.bpm.engine.ExternalTaskService engine, org.camunda.bpm.engine.RuntimeService runtime,
      String workerId, boolean usePriority, long waitMillis) {
    this.engine = engine;
    this.runtime = runtime;
    this.workerId = workerId == null || workerId.isBlank() ? "embedded-" + UUID.randomUUID() : workerId;
    this.usePriority = usePriority;
    this.waitMillis = waitMillis;
  }

  @Override
  public List<ExternalTask> fetchAndLock(List<Subscription> subscriptions, int maxTasks) {
    List<LockedExternalTask> locked = fetch(subscriptions, maxTasks);
    if (locked.isEmpty() && waitMillis > 0) {
      // listen before fetching again, so that a task committed in between is not missed
      SingleConsumerCondition condition = new SingleConsumerCondition(Thread.currentThread());
      waiting = condition;
      ProcessEngineImpl.EXT_TASK_CONDITIONS.addConsumer(condition);
      try {
        locked = fetch(subscriptions, maxTasks);
        if (locked.isEmpty()) {
          condition.await(waitMillis);
          locked = fetch(subscriptions, maxTasks);
        }
      } finally {
        ProcessEngineImpl.EXT_TASK_CONDITIONS.removeConsumer(condition);
        waiting = null;
      }
    }
    return locked.stream().<ExternalTask>map(Task::new).toList();
  }

  /**
   * Ends a wait for new tasks at once, by the signal rather than an interrupt: an interrupt could land in the middle of
   * a database call of the fetch (and H2 closes its file on an interrupted write).
   */
  @Override
  public void stopWaiting(Thread fetcher) {
    SingleConsumerCondition condition = waiting;
    if (condition != null) {
      condition.signal();
    }
  }

  private List<LockedExternalTask> fetch(List<Subscription> subscriptions, int maxTasks) {
    FetchAndLockBuilder builder = engine.fetchAndLock().workerId(workerId).maxTasks(maxTasks).usePriority(usePriority)
        .orderByCreateTime().asc();
    ExternalTaskQueryTopicBuilder topics = null;
    for (Subscription s : subscriptions) {
      topics = (topics == null ? builder.subscribe() : topics).topic(s.topic(), s.lockDurationMillis());
      if (s.variables() != null) {
        topics = topics.variables(s.variables());
      }
    }
    return topics == null ? List.of() : topics.execute();
  }

  @Override
  public ExternalTaskService service() {
    return service;
  }

  String workerId() {
    return workerId;
  }

  /** A locked task as the job runner reads it (the client's view of a task). */
  private record Task(LockedExternalTask locked) implements ExternalTask {
    @Override public String getActivityId() { return locked.getActivityId(); }
    @Override public String getActivityInstanceId() { return locked.getActivityInstanceId(); }
    @Override public String getErrorMessage() { return locked.getErrorMessage(); }
    @Override public String getErrorDetails() { return locked.getErrorDetails(); }
    @Override public String getExecutionId() { return locked.getExecutionId(); }
    @Override public String getId() { return locked.getId(); }
    @Override public Date getLockExpirationTime() { return locked.getLockExpirationTime(); }
    @Override public Date getCreateTime() { return locked.getCreateTime(); }
    @Override public String getProcessDefinitionId() { return locked.getProcessDefinitionId(); }
    @Override public String getProcessDefinitionKey() { return locked.getProcessDefinitionKey(); }
    @Override public String getProcessDefinitionVersionTag() { return locked.getProcessDefinitionVersionTag(); }
    @Override public String getProcessInstanceId() { return locked.getProcessInstanceId(); }
    @Override public Integer getRetries() { return locked.getRetries(); }
    @Override public String getWorkerId() { return locked.getWorkerId(); }
    @Override public String getTopicName() { return locked.getTopicName(); }
    @Override public String getTenantId() { return locked.getTenantId(); }
    @Override public long getPriority() { return locked.getPriority(); }
    @Override public String getBusinessKey() { return locked.getBusinessKey(); }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getVariable(String name) {
      return (T) locked.getVariables().get(name);
    }

    @Override
    public <T extends TypedValue> T getVariableTyped(String name) {
      return locked.getVariables().getValueTyped(name);
    }

    @Override
    public <T extends TypedValue> T getVariableTyped(String name, boolean deserialize) {
      return locked.getVariables().getValueTyped(name);
    }

    @Override
    public Map<String, Object> getAllVariables() {
      return locked.getVariables();
    }

    @Override
    public VariableMap getAllVariablesTyped() {
      return locked.getVariables();
    }

    @Override
    public VariableMap getAllVariablesTyped(boolean deserialize) {
      return locked.getVariables();
    }

    @Override
    public String getExtensionProperty(String name) {
      Map<String, String> properties = locked.getExtensionProperties();
      return properties == null ? null : properties.get(name);
    }

    @Override
    public Map<String, String> getExtensionProperties() {
      return locked.getExtensionProperties();
    }
  }

  /** Completion, BPMN error, failure, lock extension and unlock through the engine's Java API, as this worker. */
  private final class Service implements ExternalTaskService {
    @Override
    public void lock(String taskId, long lockDuration) {
      engine.lock(taskId, workerId, lockDuration);
    }

    @Override
    public void lock(ExternalTask task, long lockDuration) {
      lock(task.getId(), lockDuration);
    }

    @Override
    public void unlock(ExternalTask task) {
      engine.unlock(task.getId());
    }

    @Override
    public void complete(ExternalTask task) {
      engine.complete(task.getId(), workerId);
    }

    @Override
    public void setVariables(String processInstanceId, Map<String, Object> variables) {
      runtime.setVariables(processInstanceId, variables);
    }

    @Override
    public void setVariables(ExternalTask task, Map<String, Object> variables) {
      runtime.setVariables(task.getProcessInstanceId(), variables);
    }

    @Override
    public void complete(ExternalTask task, Map<String, Object> variables) {
      engine.complete(task.getId(), workerId, variables);
    }

    @Override
    public void complete(ExternalTask task, Map<String, Object> variables, Map<String, Object> localVariables) {
      engine.complete(task.getId(), workerId, variables, localVariables);
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables, Map<String, Object> localVariables) {
      engine.complete(taskId, workerId, variables, localVariables);
    }

    @Override
    public void handleFailure(ExternalTask task, String errorMessage, String errorDetails, int retries, long retryTimeout) {
      engine.handleFailure(task.getId(), workerId, errorMessage, errorDetails, retries, retryTimeout);
    }

    @Override
    public void handleFailure(String taskId, String errorMessage, String errorDetails, int retries, long retryTimeout) {
      engine.handleFailure(taskId, workerId, errorMessage, errorDetails, retries, retryTimeout);
    }

    @Override
    public void handleFailure(String taskId, String errorMessage, String errorDetails, int retries, long retryTimeout,
        Map<String, Object> variables, Map<String, Object> localVariables) {
      engine.handleFailure(taskId, workerId, errorMessage, errorDetails, retries, retryTimeout, variables, localVariables);
    }

    @Override
    public void handleBpmnError(ExternalTask task, String errorCode) {
      engine.handleBpmnError(task.getId(), workerId, errorCode);
    }

    @Override
    public void handleBpmnError(ExternalTask task, String errorCode, String errorMessage) {
      engine.handleBpmnError(task.getId(), workerId, errorCode, errorMessage);
    }

    @Override
    public void handleBpmnError(ExternalTask task, String errorCode, String errorMessage, Map<String, Object> variables) {
      engine.handleBpmnError(task.getId(), workerId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
      engine.handleBpmnError(taskId, workerId, errorCode, errorMessage, variables);
    }

    @Override
    public void extendLock(ExternalTask task, long newDuration) {
      engine.extendLock(task.getId(), workerId, newDuration);
    }

    @Override
    public void extendLock(String taskId, long newDuration) {
      engine.extendLock(taskId, workerId, newDuration);
    }
  }
}
