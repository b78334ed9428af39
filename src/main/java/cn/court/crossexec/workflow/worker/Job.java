package cn.court.crossexec.workflow.worker;

import java.util.Map;

/** What a worker sees of an external task: ids, the business key (the case's or application's id) and variables. */
public record Job(
    String id,
    String topic,
    String businessKey,
    String processInstanceId,
    String processDefinitionKey,
    String activityId,
    Integer retries,
    Map<String, Object> variables) {

  @SuppressWarnings("unchecked")
  public <T> T variable(String name) {
    return (T) variables.get(name);
  }

  public String stringVariable(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }

  public long longVariable(String name) {
    Object value = variables.get(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalStateException("Variable " + name + " is not a number: " + value);
  }
}
