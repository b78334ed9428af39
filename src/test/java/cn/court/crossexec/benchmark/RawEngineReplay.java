package cn.court.crossexec.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The raw engine on the same models: the product's measured cases replayed with nothing but the engine's Java API.
 * Each replayed case starts the same root process with the product case's start variables; every external task is
 * completed (or gets its BPMN error) by a no-op handler with exactly the outcome and variables the product's worker
 * recorded for the same step of the same case ({@code processed_job}); every person's task the product's driver
 * completed is completed with the same variables; every message the product's case received is delivered (without
 * its payload: the workers' recorded outputs carry what the models route on) once the raw case has the same
 * people's tasks open as the product case had when it came. Timers and asynchronous continuations run on the job
 * executor as in the product. Nothing of the product (REST API, workers, tables, simulator) takes part.
 */
final class RawEngineReplay {

  /** What the product did in one case, in the order it happened, keyed by process definition key # activity id. */
  static final class Script {
    final String rootKey;
    final Map<String, Object> startVariables;
    final Map<String, Deque<Object[]>> external = new HashMap<>(); // {errorCode or null, errorMessage, variables}
    final Map<String, Deque<Map<String, Object>>> people = new HashMap<>();
    final Map<String, Deque<Set<String>>> messages = new HashMap<>(); // the people's tasks open when it came

    Script(String rootKey, Map<String, Object> startVariables) {
      this.rootKey = rootKey;
      this.startVariables = startVariables;
    }
  }

  /** One replayed case. */
  static final class Run {
    final Script script;
    volatile String rootId;
    volatile long startedAtMillis;
    volatile long endedAtMillis;
    volatile String failure;

    Run(Script script) {
      this.script = script;
    }

    boolean finished() {
      return endedAtMillis != 0 || failure != null;
    }
  }

  private static final String WORKER = "raw-engine";
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ExternalTaskService external;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> rootOf = new ConcurrentHashMap<>();
  private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

  RawEngineReplay(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
      ExternalTaskService external, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.external = external;
    this.jdbc = jdbc;
  }

  /** Reads what the product did in the case whose root process instance is given. */
  Script record(String productRootId, Map<String, Map<String, Object>> peopleCompletions) {
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery().processInstanceId(productRootId).singleResult();
    List<HistoricProcessInstance> tree = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(productRootId).list();
    Set<String> ids = new HashSet<>();
    tree.forEach(i -> ids.add(i.getId()));
    // start variables: those written before the root's start event ended (the start transaction)
    Date started = history.createHistoricActivityInstanceQuery().processInstanceId(productRootId).activityType("startEvent")
        .list().stream().map(HistoricActivityInstance::getEndTime).filter(java.util.Objects::nonNull).min(Date::compareTo)
        .orElse(root.getStartTime());
    Map<String, Object> start = new LinkedHashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(productRootId).variableUpdates()
        .orderByTime().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && update.getRevision() == 0 && !update.getTime().after(started)) {
        start.putIfAbsent(update.getVariableName(), update.getValue());
      }
    }
    Script script = new Script(root.getProcessDefinitionKey(), start);
    List<HistoricExternalTaskLog> created = new ArrayList<>();
    for (String id : ids) {
      created.addAll(history.createHistoricExternalTaskLogQuery().processInstanceId(id).creationLog().list());
    }
    created.sort((a, b) -> a.getTimestamp().compareTo(b.getTimestamp()));
    for (HistoricExternalTaskLog log : created) {
      List<Map<String, Object>> rows = jdbc.queryForList(
          "SELECT outcome, error_code, error_message, variables_json FROM processed_job WHERE external_task_id = ?",
          log.getExternalTaskId());
      if (rows.isEmpty()) {
        continue; // canceled before a worker took it (e.g. when the case closed)
      }
      Map<String, Object> row = rows.get(0);
      Map<String, Object> variables = read((String) row.get("variables_json"));
      boolean error = "BPMN_ERROR".equals(row.get("outcome"));
      script.external.computeIfAbsent(log.getProcessDefinitionKey() + "#" + log.getActivityId(), k -> new ArrayDeque<>())
          .add(new Object[] {error ? row.get("error_code") : null, row.get("error_message"), variables});
    }
    List<HistoricActivityInstance> activities = new ArrayList<>();
    for (String id : ids) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id).list());
    }
    activities.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
    Map<String, String> keys = new HashMap<>();
    tree.forEach(i -> keys.put(i.getId(), i.getProcessDefinitionKey()));
    for (HistoricActivityInstance activity : activities) {
      String key = keys.get(activity.getProcessInstanceId()) + "#" + activity.getActivityId();
      String type = activity.getActivityType();
      if (type.equals("userTask") && !activity.isCanceled() && activity.getEndTime() != null) {
        Map<String, Object> with = peopleCompletions.get(activity.getTaskId());
        if (with != null) {
          script.people.computeIfAbsent(key, k -> new ArrayDeque<>()).add(with);
        }
      } else if ((type.equals("intermediateMessageCatch") || type.equals("boundaryMessage") || type.equals("receiveTask")
          || type.equals("messageStartEvent") || type.equals("startEvent") && isMessageStart(activity))
          && !activity.isCanceled()) {
        Set<String> open = new HashSet<>();
        for (HistoricActivityInstance other : activities) {
          // open when it came; a task the message canceled may carry an end time a moment before the event's start
          if (other.getActivityType().equals("userTask") && !other.getStartTime().after(activity.getStartTime())
              && (other.getEndTime() == null || !other.getEndTime().before(activity.getStartTime())
                  || other.isCanceled() && other.getEndTime().getTime() >= activity.getStartTime().getTime() - 1000)) {
            open.add(keys.get(other.getProcessInstanceId()) + "#" + other.getActivityId());
          }
        }
        if (type.equals("intermediateMessageCatch") || type.equals("receiveTask")) {
          open.clear(); // waiting for it is the condition
        }
        script.messages.computeIfAbsent(key, k -> new ArrayDeque<>()).add(open);
      }
    }
    return script;
  }

  private boolean isMessageStart(HistoricActivityInstance activity) {
    var element = repository.getBpmnModelInstance(activity.getProcessDefinitionId()).getModelElementById(activity.getActivityId());
    return element instanceof org.camunda.bpm.model.bpmn.instance.StartEvent start
        && start.getEventDefinitions().stream().anyMatch(d -> d instanceof org.camunda.bpm.model.bpmn.instance.MessageEventDefinition)
        && start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess;
  }

  /** Replays the scripts, {@code concurrency} cases at a time, with {@code threads} no-op handler threads. */
  List<Run> replay(List<Script> scripts, int concurrency, int threads, long timeoutSeconds) throws InterruptedException {
    List<Run> runs = scripts.stream().map(Run::new).toList();
    Map<String, Run> byRoot = new ConcurrentHashMap<>();
    AtomicBoolean done = new AtomicBoolean();
    Set<String> topics = new HashSet<>();
    repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> {
      var model = repository.getBpmnModelInstance(d.getId());
      if (model != null) {
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class).stream()
            .map(org.camunda.bpm.model.bpmn.instance.ServiceTask::getCamundaTopic).filter(t -> t != null).forEach(topics::add);
      }
    });
    ExecutorService handlers = Executors.newFixedThreadPool(threads);
    AtomicInteger handled = new AtomicInteger();
    for (int i = 0; i < threads; i++) {
      handlers.submit(() -> {
        while (!done.get()) {
          var fetch = external.fetchAndLock(1, WORKER);
          topics.forEach(t -> fetch.topic(t, 60_000));
          List<LockedExternalTask> locked = fetch.execute();
          if (locked.isEmpty()) {
            pause(10);
            continue;
          }
          for (LockedExternalTask task : locked) {
            Run run = byRoot.get(root(task.getProcessInstanceId()));
            Deque<Object[]> outcomes = run == null ? null
                : run.script.external.get(task.getProcessDefinitionKey() + "#" + task.getActivityId());
            Object[] outcome;
            synchronized (this) {
              outcome = outcomes == null ? null : outcomes.poll();
            }
            try {
              if (outcome == null) {
                external.unlock(task.getId()); // the product never completed it either; it is canceled later
              } else if (outcome[0] != null) {
                @SuppressWarnings("unchecked") Map<String, Object> v = (Map<String, Object>) outcome[2];
                external.handleBpmnError(task.getId(), WORKER, (String) outcome[0], (String) outcome[1], v);
              } else {
                @SuppressWarnings("unchecked") Map<String, Object> v = (Map<String, Object>) outcome[2];
                external.complete(task.getId(), WORKER, v);
              }
              handled.incrementAndGet();
            } catch (RuntimeException e) {
              if (run != null && outcome != null) {
                synchronized (this) {
                  outcomes.addFirst(outcome); // try again (e.g. a lock clash with a concurrent step)
                }
                try {
                  external.unlock(task.getId()); // at once, not after the lock expires
                } catch (RuntimeException gone) {
                  // completed or canceled meanwhile
                }
              }
            }
          }
        }
      });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    int next = 0;
    long progressAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      while (System.nanoTime() < deadline) {
        long open = runs.stream().filter(r -> r.startedAtMillis != 0 && !r.finished()).count();
        while (next < runs.size() && open < concurrency) {
          Run run = runs.get(next++);
          run.startedAtMillis = System.currentTimeMillis();
          ProcessInstance root = runtime.startProcessInstanceByKey(run.script.rootKey, "RAW-" + run.startedAtMillis + "-" + next,
              run.script.startVariables);
          run.rootId = root.getId();
          rootOf.put(root.getId(), root.getId());
          byRoot.put(root.getId(), run);
          open++;
        }
        if (next == runs.size() && runs.stream().allMatch(Run::finished)) {
          break;
        }
        if (System.nanoTime() > progressAt) {
          progressAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          System.out.printf("  raw: %d started, %d complete, %d steps handled%n", next,
              runs.stream().filter(r -> r.endedAtMillis != 0).count(), handled.get());
        }
        try {
          people(byRoot);
          messages(byRoot);
          ended(runs);
        } catch (RuntimeException e) {
          // a clash with a concurrent step: the next round tries again
        }
        pause(20);
      }
    } finally {
      done.set(true);
      handlers.shutdown();
      handlers.awaitTermination(30, TimeUnit.SECONDS);
    }
    for (Run run : runs) {
      if (!run.finished()) {
        run.failure = "not complete after " + timeoutSeconds + " s";
      }
    }
    return runs;
  }

  private void people(Map<String, Run> byRoot) {
    for (Task task : tasks.createTaskQuery().active().list()) {
      Run run = byRoot.get(root(task.getProcessInstanceId()));
      if (run == null) {
        continue;
      }
      Deque<Map<String, Object>> with = run.script.people.get(definitionKey(task.getProcessDefinitionId()) + "#"
          + task.getTaskDefinitionKey());
      Map<String, Object> variables;
      synchronized (this) {
        variables = with == null ? null : with.poll();
      }
      if (variables != null) {
        try {
          tasks.complete(task.getId(), variables);
        } catch (RuntimeException e) {
          synchronized (this) {
            with.addFirst(variables);
          }
        }
      }
    }
  }

  private void messages(Map<String, Run> byRoot) {
    List<EventSubscription> waiting = runtime.createEventSubscriptionQuery().eventType("message").list();
    if (waiting.isEmpty()) {
      return;
    }
    Map<Run, Set<String>> openTasks = new HashMap<>();
    for (Task task : tasks.createTaskQuery().active().list()) {
      Run run = byRoot.get(root(task.getProcessInstanceId()));
      if (run != null) {
        openTasks.computeIfAbsent(run, r -> new HashSet<>())
            .add(definitionKey(task.getProcessDefinitionId()) + "#" + task.getTaskDefinitionKey());
      }
    }
    for (EventSubscription subscription : waiting) {
      if (subscription.getProcessInstanceId() == null) {
        continue;
      }
      Run run = byRoot.get(root(subscription.getProcessInstanceId()));
      if (run == null) {
        continue;
      }
      String key = definitionKeyOfInstance(subscription.getProcessInstanceId()) + "#" + subscription.getActivityId();
      Deque<Set<String>> expected = run.script.messages.get(key);
      Set<String> condition;
      synchronized (this) {
        condition = expected == null ? null : expected.peek();
        if (condition == null || !openTasks.getOrDefault(run, Set.of()).containsAll(condition)) {
          continue;
        }
        expected.poll();
      }
      try {
        runtime.messageEventReceived(subscription.getEventName(), subscription.getExecutionId());
      } catch (RuntimeException e) {
        synchronized (this) {
          expected.addFirst(condition);
        }
      }
    }
  }

  private void ended(List<Run> runs) {
    for (Run run : runs) {
      if (run.rootId != null && !run.finished()
          && runtime.createProcessInstanceQuery().rootProcessInstanceId(run.rootId).count() == 0) {
        HistoricProcessInstance root = history.createHistoricProcessInstanceQuery().processInstanceId(run.rootId).singleResult();
        Date end = root.getEndTime();
        long last = end == null ? System.currentTimeMillis() : end.getTime();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(run.rootId).list()) {
          if (instance.getEndTime() != null) {
            last = Math.max(last, instance.getEndTime().getTime());
          }
        }
        run.endedAtMillis = last;
      }
    }
  }

  private String root(String processInstanceId) {
    return rootOf.computeIfAbsent(processInstanceId, id -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
      if (instance != null) {
        return instance.getRootProcessInstanceId();
      }
      HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
      return ended == null ? id : ended.getRootProcessInstanceId();
    });
  }

  private String definitionKey(String processDefinitionId) {
    return definitionKeys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
  }

  private final Map<String, String> instanceKeys = new ConcurrentHashMap<>();

  private String definitionKeyOfInstance(String processInstanceId) {
    return instanceKeys.computeIfAbsent(processInstanceId, id -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
      return instance == null ? "?" : definitionKey(instance.getProcessDefinitionId());
    });
  }

  private Map<String, Object> read(String text) {
    try {
      return text == null ? new HashMap<>() : json.readValue(text, new TypeReference<HashMap<String, Object>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("unreadable recorded variables: " + text, e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
