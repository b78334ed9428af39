package cn.court.crossexec.workflow.message;

import cn.court.crossexec.platform.ConditionalOnEngine;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine side of {@link ProcessMessages}: delivers a recorded message in its own transaction, which also marks
 * it delivered — so a delivery happens once in effect, whoever tries (right after the sender's commit, the poller,
 * or after a restart). Optimistic-locking conflicts with a worker completing a step of the same instance are retried
 * here, at once, a few times; any other failure, or nobody waiting, is tried again with back-off until the hold
 * period ends, and then the message is marked undeliverable (never silently dropped).
 */
@ConditionalOnEngine
@Component
class ProcessMessageDelivery {

  private static final Logger log = LoggerFactory.getLogger(ProcessMessageDelivery.class);
  static final String NOBODY_WAITING = "无流程实例在等待该消息";

  private final RuntimeService runtime;
  private final ProcessMessageStore store;
  private final ProcessMessageProperties properties;
  private final Clock clock;
  private final Map<String, NotAwaitedHandler> handlers;
  private final TransactionTemplate newTransaction;

  ProcessMessageDelivery(RuntimeService runtime, ProcessMessageStore store, ProcessMessageProperties properties, Clock clock,
      List<NotAwaitedHandler> handlers, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
    this.handlers = handlers.stream().collect(Collectors.toMap(NotAwaitedHandler::name, Function.identity()));
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Right after the sender's commit, in its thread: a failure here only leaves the message to the poller. */
  void deliverAfterCommit(long id) {
    try {
      deliver(id);
    } catch (RuntimeException e) {
      log.warn("Process message {} not delivered after commit ({}); the poller offers it again", id, e.toString());
    }
  }

  /** Offers every due message (pending, its next try reached): those held, retried, or left by a crash. */
  @Scheduled(fixedDelayString = "${crossexec.workflow.messages.poll-interval:1s}",
      initialDelayString = "${crossexec.workflow.messages.poll-interval:1s}")
  void deliverDue() {
    for (long id : store.due(OffsetDateTime.now(clock), 100)) {
      try {
        deliver(id);
      } catch (RuntimeException e) {
        log.warn("Process message {} could not be offered now: {}", id, e.toString());
      }
    }
  }

  /** @return the message's state after this try (empty when it does not exist) */
  Optional<ProcessMessageState> deliver(long id) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.ofNullable(newTransaction.execute(tx -> attempt(id)));
      } catch (OptimisticLockingException e) {
        if (attempt >= properties.conflictAttempts()) {
          return failed(id, e);
        }
        log.debug("Process message {} met a concurrent change of its instance; trying again", id);
      } catch (RuntimeException e) {
        return failed(id, e);
      }
    }
  }

  private ProcessMessageState attempt(long id) {
    Optional<ProcessMessageStore.Stored> locked = store.lockPending(id);
    if (locked.isEmpty()) {
      return store.find(id).map(ProcessMessageStore.Stored::state).orElse(null); // done by another try meanwhile
    }
    ProcessMessageStore.Stored stored = locked.get();
    ProcessMessage message = stored.message();
    int attempts = stored.attempts() + 1;
    OffsetDateTime now = OffsetDateTime.now(clock);
    NotAwaitedHandler fallback = message.fallback() == null ? null : handlers.get(message.fallback());
    if (hand(message) || (fallback != null && fallback.take(message))) {
      store.finish(id, ProcessMessageState.DELIVERED, attempts, now, ProcessMessages.SYSTEM, null);
      log.debug("Process message {} delivered ({} {} for {})", id, message.kind(), message.name(), message.businessKey());
      return ProcessMessageState.DELIVERED;
    }
    if (message.whenNotAwaited() == ProcessMessage.WhenNotAwaited.SKIP) {
      store.finish(id, ProcessMessageState.NOT_AWAITED, attempts, now, ProcessMessages.SYSTEM, NOBODY_WAITING);
      return ProcessMessageState.NOT_AWAITED;
    }
    return holdOrGiveUp(stored, attempts, now, NOBODY_WAITING);
  }

  /** The try's transaction has rolled back: its failure is counted in a fresh one. */
  private Optional<ProcessMessageState> failed(long id, RuntimeException e) {
    log.warn("Process message {} not delivered: {}", id, e.toString());
    return Optional.ofNullable(newTransaction.execute(tx -> store.lockPending(id)
        .map(s -> holdOrGiveUp(s, s.attempts() + 1, OffsetDateTime.now(clock), "送达失败：" + e))
        .orElseGet(() -> store.find(id).map(ProcessMessageStore.Stored::state).orElse(null)))); // done by another try
  }

  private ProcessMessageState holdOrGiveUp(ProcessMessageStore.Stored stored, int attempts, OffsetDateTime now, String reason) {
    if (!now.isBefore(stored.holdUntil())) {
      store.finish(stored.id(), ProcessMessageState.UNDELIVERABLE, attempts, now, ProcessMessages.SYSTEM, reason);
      log.error("Process message {} ({} {} for {}) is undeliverable after {} tries: {}", stored.id(), stored.message().kind(),
          stored.message().name(), stored.message().businessKey(), attempts, reason);
      return ProcessMessageState.UNDELIVERABLE;
    }
    store.reschedule(stored.id(), attempts, now.plus(properties.delayAfter(attempts)), reason);
    return ProcessMessageState.PENDING;
  }

  /** @return true when the engine took the message (a waiting instance heard it, or the process started) */
  private boolean hand(ProcessMessage m) {
    if (m.kind() == ProcessMessage.Kind.START) {
      if (m.matchVariable() != null && runtime.createProcessInstanceQuery().processDefinitionKey(m.name())
          .variableValueEquals(m.matchVariable(), m.matchValue()).count() > 0) {
        return true; // already started (e.g. by a reconciliation): a start happens once
      }
      runtime.startProcessInstanceByKey(m.name(), m.businessKey(), m.variables());
      return true;
    }
    MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(m.name()).setVariables(m.variables());
    if (m.businessKey() != null) {
      correlation = correlation.processInstanceBusinessKey(m.businessKey());
    }
    if (m.matchVariable() != null) {
      correlation = correlation.processInstanceVariableEquals(m.matchVariable(), m.matchValue());
    }
    if (m.toAll()) {
      return !correlation.correlateAllWithResult().isEmpty();
    }
    // asked first: a failed correlation inside the engine's command marks the whole transaction rollback-only
    if (waiting(m) == 0) {
      return false;
    }
    correlation.correlateWithResult();
    return true;
  }

  /** Whether an instance waits for the message now, or its fallback would take it. */
  boolean isAwaited(ProcessMessage m) {
    if (m.kind() == ProcessMessage.Kind.START || waiting(m) > 0) {
      return true;
    }
    NotAwaitedHandler fallback = m.fallback() == null ? null : handlers.get(m.fallback());
    return fallback != null && fallback.canTake(m);
  }

  private long waiting(ProcessMessage m) {
    ExecutionQuery query = runtime.createExecutionQuery().messageEventSubscriptionName(m.name());
    if (m.businessKey() != null) {
      query = query.processInstanceBusinessKey(m.businessKey());
    }
    if (m.matchVariable() != null) {
      query = query.processVariableValueEquals(m.matchVariable(), m.matchValue());
    }
    return query.count();
  }
}
