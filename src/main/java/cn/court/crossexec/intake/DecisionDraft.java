package cn.court.crossexec.intake;

import java.util.List;

/**
 * What the coordinator decided in the review form, before the conflict rules are checked. The category is the one
 * stored on the application (never a variable sent with the task completion); whether the executing court must lie
 * outside the original court's locality follows from it in {@link DecisionRules}.
 */
record DecisionDraft(
    CaseCategory category,
    EnforcementMode proposedMode,
    EnforcementMode mode,
    String overrideReason,
    String originalCourtCode,
    String coordinatingCourtCode,
    String proposedExecutingCourtCode,
    String executingCourtCode,
    List<String> participatingCourtCodes,
    String necessity,
    String convenience,
    String regularity,
    String reasons) {

  /** The same decision as it would be run by another executing court (a centralized group's court). */
  DecisionDraft runBy(String courtCode) {
    return new DecisionDraft(category, proposedMode, mode, overrideReason, originalCourtCode, coordinatingCourtCode,
        courtCode, courtCode, participatingCourtCodes, necessity, convenience, regularity, reasons);
  }
}
