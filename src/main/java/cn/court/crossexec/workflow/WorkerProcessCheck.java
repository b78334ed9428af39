package cn.court.crossexec.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** A separate worker process (engine off) cannot guess the engine's worker password: fail at start, clearly. */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm", name = "enabled", havingValue = "false")
class WorkerProcessCheck {

  WorkerProcessCheck(@Value("${crossexec.worker.password:}") String password) {
    if (password.isBlank()) {
      throw new IllegalStateException(
          "The worker profile needs CROSSEXEC_WORKER_PASSWORD: the password of the engine's worker account");
    }
  }
}
