package cn.court.crossexec.workflow.worker;

import java.util.Map;
import java.util.Objects;

/** The outcome of a worker: complete the step, or raise a BPMN error with a documented code. */
public record JobResult(Outcome outcome, String errorCode, String errorMessage, Map<String, Object> variables) {

  public enum Outcome {
    COMPLETED,
    BPMN_ERROR
  }

  public JobResult {
    // null values are allowed: they clear a variable (e.g. an error message from an earlier attempt)
    variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
  }

  public static JobResult complete() {
    return complete(Map.of());
  }

  public static JobResult complete(Map<String, Object> variables) {
    return new JobResult(Outcome.COMPLETED, null, null, variables);
  }

  public static JobResult bpmnError(String errorCode, String message) {
    return bpmnError(errorCode, message, Map.of());
  }

  public static JobResult bpmnError(String errorCode, String message, Map<String, Object> variables) {
    Objects.requireNonNull(errorCode, "errorCode");
    return new JobResult(Outcome.BPMN_ERROR, errorCode, message, variables);
  }
}
