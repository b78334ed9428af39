package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion refused by the server's own checks (a task listener on complete), whatever sent it: the form,
 * Tasklist or {@code /engine-rest}. The task stays open. It carries every bad value at once, so that {@code
 * /engine-rest} can answer a 400 validation problem listing them (see {@code workflow.rest.EngineRestProblems}) instead
 * of the engine's generic 500.
 */
public class CompletionRefused extends BadUserRequestException {

  private final List<FieldError> errors;

  public CompletionRefused(String summary, List<FieldError> errors) {
    super(summary + "：" + errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Throws when there is anything to refuse. */
  public static void refuseIfAny(String summary, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new CompletionRefused(summary, errors);
    }
  }
}
