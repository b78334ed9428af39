package cn.court.crossexec.workflow.worker;

import java.util.Map;

/**
 * A business outcome found deep in a service call, for the model to route on as a BPMN error. What the worker
 * wrote before throwing is kept (it is an outcome, not a failure).
 */
public class BusinessOutcomeException extends RuntimeException {

  private final String errorCode;
  private final Map<String, Object> variables;

  public BusinessOutcomeException(String errorCode, String message) {
    this(errorCode, message, Map.of());
  }

  public BusinessOutcomeException(String errorCode, String message, Map<String, Object> variables) {
    super(message);
    this.errorCode = errorCode;
    this.variables = Map.copyOf(variables);
  }

  public JobResult toResult() {
    return JobResult.bpmnError(errorCode, getMessage(), variables);
  }
}
