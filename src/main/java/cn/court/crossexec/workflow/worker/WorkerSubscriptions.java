package cn.court.crossexec.workflow.worker;

import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Subscribes every {@link JobWorker} bean to its topic and starts fetching once the application (and, in the same
 * JVM, the engine's REST API and its users) is ready: nothing is fetched, and no CPU spent on refused connections,
 * before. The tasks run on a {@link JobDispatcher} pool of {@code crossexec.workers.pool.size} threads, fetched oldest
 * first from the engine at {@code camunda.bpm.client.base-url} (the client settings {@code worker-id},
 * {@code async-response-timeout}, {@code lock-duration}, {@code basic-auth.*} apply; {@code max-tasks} is the pool's
 * free threads at each fetch).
 */
@Component
@ConditionalOnProperty(name = "crossexec.workers.enabled", havingValue = "true", matchIfMissing = true)
class WorkerSubscriptions implements JobWorkerControl {

  private static final Logger log = LoggerFactory.getLogger(WorkerSubscriptions.class);

  private final List<JobWorker> workers;
  private final JobRunner runner;
  private final WorkerPoolProperties pool;
  private final Environment environment;
  private final boolean autoStart;
  private final ObjectProvider<ProcessEngine> localEngine;
  private final String transport;
  private volatile JobDispatcher dispatcher;

  WorkerSubscriptions(List<JobWorker> workers, JobRunner runner, WorkerPoolProperties pool, Environment environment,
      @Value("${crossexec.workers.auto-start:true}") boolean autoStart, ObjectProvider<ProcessEngine> localEngine,
      @Value("${crossexec.workers.transport:embedded}") String transport) {
    this.workers = workers;
    this.runner = runner;
    this.pool = pool;
    this.environment = environment;
    this.autoStart = autoStart;
    this.localEngine = localEngine;
    if (!transport.equals("embedded") && !transport.equals("rest")) {
      throw new IllegalArgumentException("crossexec.workers.transport must be embedded or rest, not " + transport);
    }
    this.transport = transport;
    Set<String> topics = new HashSet<>();
    for (JobWorker worker : workers) {
      if (!topics.add(worker.topic())) {
        throw new IllegalStateException("Two job workers for topic " + worker.topic() + ": one bean per topic");
      }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (autoStart) {
      open();
    }
  }

  /** Starts fetching (at start-up, or later when {@code crossexec.workers.auto-start=false}). */
  synchronized void open() {
    if (dispatcher != null) {
      return;
    }
    ClientProperties client =
        Binder.get(environment).bind("camunda.bpm.client", ClientProperties.class).orElseGet(ClientProperties::new);
    ProcessEngine engine = localEngine.getIfAvailable();
    TaskSource source;
    String where;
    if (engine != null && transport.equals("embedded")) {
      // the engine runs in this process: its Java API, no HTTP round trip, JSON mapping or password check per call
      long wait = client.getAsyncResponseTimeout() == null ? 20_000L : client.getAsyncResponseTimeout();
      EmbeddedTaskSource embedded = new EmbeddedTaskSource(engine.getExternalTaskService(), engine.getRuntimeService(),
          client.getWorkerId(), pool.usePriority(), wait);
      source = embedded;
      where = embedded.workerId() + " to the engine in this process";
    } else {
      String username = client.getBasicAuth() == null ? null : client.getBasicAuth().getUsername();
      String password = client.getBasicAuth() == null ? null : client.getBasicAuth().getPassword();
      EngineTaskSource rest = new EngineTaskSource(client, username, password, pool.size(), pool.usePriority());
      source = rest;
      where = rest.workerId() + " to " + client.getBaseUrl();
    }
    dispatcher = new JobDispatcher(source, subscriptions(), pool.size(), pool.fetchBackoff(), pool.fetchMaxBackoff());
    dispatcher.start();
    log.info("Job workers subscribed as {} ({} handler threads, {}): {}", where, pool.size(),
        pool.usePriority() ? "by priority, then oldest first" : "oldest first",
        workers.stream().map(JobWorker::topic).sorted().toList());
  }

  Map<TaskSource.Subscription, ExternalTaskHandler> subscriptions() {
    Map<TaskSource.Subscription, ExternalTaskHandler> subscriptions = new LinkedHashMap<>();
    for (JobWorker worker : workers) {
      subscriptions.put(
          new TaskSource.Subscription(worker.topic(), worker.lockDuration().toMillis(),
              worker.variables() == null ? null : List.copyOf(worker.variables())),
          (task, service) -> runner.run(worker, task, service));
    }
    return subscriptions;
  }

  /** Stops fetching when the context closes, before the web server (and the in-process REST API) goes. */
  @EventListener(org.springframework.context.event.ContextClosedEvent.class)
  void onClosed() {
    close();
  }

  @PreDestroy
  synchronized void close() {
    if (dispatcher != null) {
      dispatcher.stop(pool.stopGrace());
    }
  }

  @Override
  public void start() {
    open();
  }

  @Override
  public void stop() {
    close();
  }

  @Override
  public boolean isRunning() {
    JobDispatcher current = dispatcher;
    return current != null && current.isRunning();
  }

  List<String> topics() {
    return workers.stream().map(JobWorker::topic).toList();
  }
}
