package cn.court.crossexec.workflow.message;

import cn.court.crossexec.platform.SystemActor;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a capability makes a process hear something: {@link #send} records the message in the caller's
 * transaction (with the business change that causes it), and the engine delivers it after commit — at once when the
 * engine runs in this process, otherwise (a {@code worker} process) the engine process picks it up from the shared
 * database within a poll interval. Delivery is retried with back-off until an instance waits for it; it survives a
 * crash (the row stays pending); one that can never be delivered is marked undeliverable and shown to managers
 * ({@code GET /api/process-messages?state=UNDELIVERABLE}). Present in every process, with or without the engine.
 */
@Component
public class ProcessMessages {

  static final String SYSTEM = SystemActor.ID;
  private static final Logger log = LoggerFactory.getLogger(ProcessMessages.class);

  private final ProcessMessageStore store;
  private final ProcessMessageProperties properties;
  private final Clock clock;
  private final ObjectProvider<ProcessMessageDelivery> engineSide;
  private final TransactionTemplate transaction;

  ProcessMessages(ProcessMessageStore store, ProcessMessageProperties properties, Clock clock,
      ObjectProvider<ProcessMessageDelivery> engineSide, PlatformTransactionManager transactions) {
    this.store = store;
    this.properties = properties;
    this.clock = clock;
    this.engineSide = engineSide;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Records the message in the current transaction (or its own, when none is active) and has it delivered after
   * commit. A rolled-back transaction leaves no message.
   *
   * @return the message's id
   */
  public long send(ProcessMessage message) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      Long id = transaction.execute(tx -> send(message));
      return id == null ? 0 : id;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ProcessMessageDelivery delivery = engineSide.getIfAvailable();
    // with the engine here it is delivered right after commit; the poller only takes it up if that did not happen
    OffsetDateTime firstAttempt = delivery == null ? now : now.plus(properties.firstRetry());
    long id = store.insert(message, actor(), now, firstAttempt, now.plus(properties.holdFor()));
    if (delivery != null && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          delivery.deliverAfterCommit(id);
        }
      });
    }
    log.debug("Process message {} recorded: {} {} for {}", id, message.kind(), message.name(), message.businessKey());
    return id;
  }

  /**
   * Whether a message could be delivered now (an instance waits for it, or its fallback would take it). Only the
   * engine's process can tell; elsewhere the answer is true and the message is held if nobody waits.
   */
  public boolean isAwaited(ProcessMessage message) {
    ProcessMessageDelivery delivery = engineSide.getIfAvailable();
    return delivery == null || delivery.isAwaited(message);
  }

  /** A message that could not be delivered, as the managers' statistics list it. */
  public record Undeliverable(long id, String name, String businessKey, String description, String lastError,
      OffsetDateTime since) {}

  /**
   * For the managers' statistics (the system, no person): the messages marked undeliverable, newest first, at most
   * {@code limit}. Managers repair and resend them at {@code /api/process-messages?state=UNDELIVERABLE}.
   */
  public java.util.List<Undeliverable> undeliverable(int limit) {
    return store.list(ProcessMessageState.UNDELIVERABLE, null, limit).stream()
        .map(s -> new Undeliverable(s.id(), s.message().name(), s.message().businessKey(), s.message().description(),
            s.lastError(), s.finishedAt()))
        .toList();
  }

  static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
      return SYSTEM;
    }
    return auth.getName();
  }
}
