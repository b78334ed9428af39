package cn.court.crossexec.enforcement;

import java.time.LocalDate;

/**
 * A hand-over step of an open case that is not done yet, with its legal last day (counted by the legal calendar from
 * the recorded facts, as the case's model counts its timers): name the handler within 7 days of the hand-over, serve
 * the enforcement notice within 3 days of the handler (crossexec.enforcement.handler-period / notice-period).
 *
 * @param step HANDLER or NOTICE, or INVESTIGATION when the model reported the asset investigation overdue
 * @param lastDay the step's last day; null for the investigation (its month runs from the inquiry round)
 * @param reminded the model's timer fired and reminded the court ({@code what} then is the reminder's text)
 */
public record HandOverStep(String caseId, String caseNumber, String enforcementNumber, String executingCourtCode,
    String step, String what, LocalDate lastDay, boolean reminded) {}
