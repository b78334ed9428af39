package cn.court.crossexec.intake;

import java.util.List;

/** What the coordinator decided in the review form, before the conflict rules are checked. */
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
    boolean outsideLocalityRequired,
    String necessity,
    String convenience,
    String regularity,
    String reasons) {}
