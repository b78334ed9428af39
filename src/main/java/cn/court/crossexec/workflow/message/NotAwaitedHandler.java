package cn.court.crossexec.workflow.message;

/**
 * Engine side: what to do with a message no instance waits for, before it is held (e.g. a case whose process has
 * ended is started again and then hears the message). Beans of this type are found by {@link #name()}, the name a
 * message gives in {@link ProcessMessage#orElse(String)}. Runs in the delivery's transaction.
 */
public interface NotAwaitedHandler {

  String name();

  /** Whether this handler would take the message now (used by the sender's check of a required message). */
  boolean canTake(ProcessMessage message);

  /** @return true when the handler took the message (it is then delivered) */
  boolean take(ProcessMessage message);
}
