package cn.court.crossexec.workflow.worker;

import org.camunda.bpm.engine.rest.spi.FetchAndLockHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A clean stop within seconds. Stops first of all lifecycle beans (before the web server's graceful shutdown):
 * the job workers stop fetching and their running handlers finish (up to {@code crossexec.workers.pool.stop-grace}),
 * then the engine REST API's held long polls ({@code fetchAndLock}, the in-process workers' own and remote workers')
 * are answered at once instead of keeping the graceful shutdown waiting until they time out.
 */
@Component
class WorkerShutdown implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WorkerShutdown.class);

  private final ObjectProvider<JobWorkerControl> workers;
  private final ObjectProvider<org.camunda.bpm.engine.ProcessEngine> engine;
  private volatile boolean running;

  WorkerShutdown(ObjectProvider<JobWorkerControl> workers, ObjectProvider<org.camunda.bpm.engine.ProcessEngine> engine) {
    this.workers = workers;
    this.engine = engine;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    long began = System.nanoTime();
    workers.ifAvailable(JobWorkerControl::stop);
    if (engine.getIfAvailable() != null) { // the REST API's handler is JVM-wide: only the engine's context owns it
      releaseLongPolls();
    }
    log.info("Job workers stopped and engine long polls released in {} ms", (System.nanoTime() - began) / 1_000_000);
  }

  private static void releaseLongPolls() {
    try {
      FetchAndLockHandler handler = org.camunda.bpm.engine.rest.impl.FetchAndLockContextListener.getFetchAndLockHandler();
      if (handler != null) {
        handler.shutdown();
      }
    } catch (NoClassDefFoundError noEngineRest) {
      // the worker profile: no engine REST API in this process
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Above the web server's graceful shutdown (and every default phase): stopped first. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1;
  }
}
