package cn.court.crossexec.gateway;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The credit platform in-process (default): keeps the entries published and withdrawn, answers a retried push (same
 * idempotency key) with the first answer and does nothing else, and refuses every push for the debtors configured in
 * {@code simulator-failing-id-numbers}. A real part of the product for demos, tests and training; what it holds is
 * lost on restart (the application's own push records are not).
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.credit-platform.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatedCreditPlatform implements CreditPlatformGateway {

  private static final Logger log = LoggerFactory.getLogger(SimulatedCreditPlatform.class);

  /** What the simulated platform did for one entry: how many times it was published and withdrawn. */
  public record Record(String entryId, CreditEntry entry, int publications, int withdrawals, boolean listed) {}

  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Map<String, Record> entries = new ConcurrentHashMap<>();
  private final Map<String, String> idNumberOfEntry = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<String> failing;

  SimulatedCreditPlatform(CreditPlatformProperties properties) {
    this.failing = properties.simulatorFailingIdNumbers();
  }

  @Override
  public synchronized String publish(CreditEntry entry, String idempotencyKey) {
    String known = answers.get(idempotencyKey);
    if (known != null) {
      return known;
    }
    if (failing.contains(entry.debtorIdNumber())) {
      throw new IllegalStateException("simulated credit platform refused the publication of " + entry.entryId());
    }
    Record before = entries.get(entry.entryId());
    entries.put(entry.entryId(), new Record(entry.entryId(), entry, (before == null ? 0 : before.publications()) + 1,
        before == null ? 0 : before.withdrawals(), true));
    idNumberOfEntry.put(entry.entryId(), entry.debtorIdNumber());
    String ref = "SIM-P-" + sequence.incrementAndGet();
    answers.put(idempotencyKey, ref);
    log.info("Simulated credit platform: published {} ({})", entry.entryId(), ref);
    return ref;
  }

  @Override
  public synchronized String withdraw(String entryId, String cause, String idempotencyKey) {
    String known = answers.get(idempotencyKey);
    if (known != null) {
      return known;
    }
    if (failing.contains(idNumberOfEntry.get(entryId))) {
      throw new IllegalStateException("simulated credit platform refused the withdrawal of " + entryId);
    }
    Record before = entries.get(entryId);
    entries.put(entryId, new Record(entryId, before == null ? null : before.entry(),
        before == null ? 0 : before.publications(), (before == null ? 0 : before.withdrawals()) + 1, false));
    String ref = "SIM-W-" + sequence.incrementAndGet();
    answers.put(idempotencyKey, ref);
    log.info("Simulated credit platform: withdrew {} for {} ({})", entryId, cause, ref);
    return ref;
  }

  /** What the platform holds for the entry (empty record when it never heard of it). */
  public Record record(String entryId) {
    return entries.getOrDefault(entryId, new Record(entryId, null, 0, 0, false));
  }
}
