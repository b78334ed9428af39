package cn.court.crossexec.credit;

import java.util.Map;

/** What the credit service tells its engine side ({@link CreditProcess}), in the transaction that made the change. */
final class CreditEvents {

  private CreditEvents() {}

  /** A proposal was opened: its process starts. */
  record Proposed(String caseId, String disciplineId, Map<String, Object> variables) {}

  /** A removal cause arrived for an entry under discipline: message CreditRemovalRequested. */
  record RemovalRequested(String caseId, String disciplineId, String removalDueAt) {}

  /** A correction request was filed: message CorrectionRequested. */
  record CorrectionFiled(String caseId, String disciplineId, String correctionDueAt) {}

  /** A proposal not yet decided lost its cause (e.g. the debt was paid): its process ends. */
  record ProposalWithdrawn(String caseId, String disciplineId, String reason) {}
}
