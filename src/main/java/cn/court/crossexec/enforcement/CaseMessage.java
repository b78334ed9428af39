package cn.court.crossexec.enforcement;

import java.util.Map;

/**
 * A message for the case's process (or one of its called processes), published by the services when something
 * happens outside the model: a work item assigned through the API, a measure recorded, a settlement, a payment that
 * completes the claim. The engine side ({@link CaseProcess}) correlates it in the same transaction.
 *
 * @param required when true, a process that is not waiting for this message is a conflict (the change is refused);
 *     when false, nobody waiting is fine (the model reads the change from the tables when it gets there)
 * @param variableName when set, only the process instance holding this variable value is addressed (e.g. measureId)
 */
public record CaseMessage(String caseId, String name, Map<String, Object> variables, boolean required, String variableName,
    Object variableValue, String conflictText) {

  public static CaseMessage required(String caseId, String name, Map<String, Object> variables, String conflictText) {
    return new CaseMessage(caseId, name, variables, true, null, null, conflictText);
  }

  public static CaseMessage optional(String caseId, String name) {
    return new CaseMessage(caseId, name, Map.of(), false, null, null, null);
  }

  public static CaseMessage forInstanceWith(String caseId, String name, String variableName, Object value) {
    return new CaseMessage(caseId, name, Map.of(), false, variableName, value, null);
  }
}
