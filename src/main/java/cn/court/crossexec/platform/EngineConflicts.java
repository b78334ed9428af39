package cn.court.crossexec.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A change handed to a case's process can meet a worker completing a step of the same instance at that moment; the
 * engine then refuses one of them (optimistic locking) and its transaction writes nothing. The API repeats such a
 * call a few times in a fresh transaction. Inside a caller's transaction (an Idempotency-Key request) it cannot, and
 * the refusal becomes a 409 the client may repeat.
 *
 * @deprecated messages to processes go through {@code workflow.message.ProcessMessages}, delivered after commit with
 *     the conflicts retried there; no caller is left. To be removed once the parallel branches are merged.
 */
@Deprecated(forRemoval = true)
public final class EngineConflicts {

  private static final int ATTEMPTS = 3;

  private EngineConflicts() {}

  public static <T> T retrying(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (OptimisticLockingException e) {
        if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
          throw e;
        }
      }
    }
  }

  public static void retrying(Runnable call) {
    retrying(() -> {
      call.run();
      return null;
    });
  }
}
