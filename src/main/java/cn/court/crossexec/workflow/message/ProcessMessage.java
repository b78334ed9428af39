package cn.court.crossexec.workflow.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something a process must hear (a message to correlate) or a process to start, recorded by {@link ProcessMessages}
 * in the transaction of the business change that causes it and delivered by the engine after commit.
 *
 * @param kind a message to correlate or a process to start
 * @param name the message name, or the process definition key for {@link Kind#START}
 * @param businessKey the process instance's business key (the case id)
 * @param matchVariable when set, only instances holding this variable with {@code matchValue} are addressed; for a
 *     start, the start is skipped when an instance of the process with this value already runs (a start is unique)
 * @param variables the message's (or start's) variables: strings, numbers and booleans
 * @param toAll correlate every instance waiting (otherwise exactly one)
 * @param whenNotAwaited what happens when no instance waits: hold it and try again, or skip it (the model reads the
 *     business tables when it gets there)
 * @param fallback name of an engine-side {@link NotAwaitedHandler} asked first when nobody waits (e.g. restart a case)
 * @param description what the message is, in Chinese, as managers see it
 */
public record ProcessMessage(Kind kind, String name, String businessKey, String matchVariable, Object matchValue,
    Map<String, Object> variables, boolean toAll, WhenNotAwaited whenNotAwaited, String fallback, String description) {

  public enum Kind { CORRELATE, START }

  public enum WhenNotAwaited {
    /** Offered again with back-off until an instance waits; after the hold period it is marked undeliverable. */
    HOLD,
    /** Nobody waiting is fine: the model reads the change from the tables when it gets there. */
    SKIP
  }

  public ProcessMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(whenNotAwaited, "whenNotAwaited");
    variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    description = description == null || description.isBlank() ? defaultDescription(kind, name) : description;
  }

  /** A message for the one instance with this business key that waits for it; held until one does. */
  public static ProcessMessage to(String name, String businessKey) {
    return new ProcessMessage(Kind.CORRELATE, name, businessKey, null, null, Map.of(), false, WhenNotAwaited.HOLD, null, null);
  }

  /** A process to start with this business key (skipped when one holding {@code uniqueVariable}'s value runs). */
  public static ProcessMessage start(String processKey, String businessKey, Map<String, Object> variables,
      String uniqueVariable) {
    Object unique = uniqueVariable == null ? null : variables.get(uniqueVariable);
    return new ProcessMessage(Kind.START, processKey, businessKey, uniqueVariable, unique,
        variables, false, WhenNotAwaited.HOLD, null, null);
  }

  public ProcessMessage withVariables(Map<String, Object> values) {
    Map<String, Object> all = new LinkedHashMap<>(variables);
    all.putAll(values);
    return new ProcessMessage(kind, name, businessKey, matchVariable, matchValue, all, toAll, whenNotAwaited, fallback, description);
  }

  /** Only the instances holding this variable value (same type); every one of them that waits hears it. */
  public ProcessMessage whereVariable(String variable, Object value) {
    return new ProcessMessage(kind, name, businessKey, variable, value, variables, true, whenNotAwaited,
        fallback, description);
  }

  public ProcessMessage toAllWaiting() {
    return new ProcessMessage(kind, name, businessKey, matchVariable, matchValue, variables, true, whenNotAwaited, fallback,
        description);
  }

  public ProcessMessage skipWhenNotAwaited() {
    return new ProcessMessage(kind, name, businessKey, matchVariable, matchValue, variables, toAll, WhenNotAwaited.SKIP,
        fallback, description);
  }

  public ProcessMessage orElse(String fallbackHandler) {
    return new ProcessMessage(kind, name, businessKey, matchVariable, matchValue, variables, toAll, whenNotAwaited,
        fallbackHandler, description);
  }

  public ProcessMessage describedAs(String text) {
    return new ProcessMessage(kind, name, businessKey, matchVariable, matchValue, variables, toAll, whenNotAwaited, fallback,
        text);
  }

  private static String defaultDescription(Kind kind, String name) {
    return kind == Kind.START ? "启动流程 " + name : "流程消息 " + name;
  }
}
