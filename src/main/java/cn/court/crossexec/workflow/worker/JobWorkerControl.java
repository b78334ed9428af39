package cn.court.crossexec.workflow.worker;

/** Starting and stopping this process's job workers from outside the package (e.g. the benchmark, an operator). */
public interface JobWorkerControl {

  /** Starts fetching, if not started yet. */
  void start();

  /** Stops fetching for good; running handlers finish. */
  void stop();

  boolean isRunning();
}
