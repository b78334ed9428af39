package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.enforcement.CaseOutcomes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The points of a case at which the system proposes a transfer to bankruptcy review: a task for the executing court,
 * never a transfer (the proposal does nothing for an individual debtor, a debtor with a transfer under way, or a case
 * whose transfer was refused). Today: after 终本, two re-inquiries found nothing (the inquiry finds too little).
 * Synchronous, so the proposal commits or rolls back with the case's own step.
 */
@Component
class CaseOutcomeProposals {

  private final BankruptcyTransferService transfers;

  CaseOutcomeProposals(BankruptcyTransferService transfers) {
    this.transfers = transfers;
  }

  @EventListener
  void on(CaseOutcomes.NothingFoundAfterTwoRequeries nothing) {
    transfers.proposeForSystem(nothing.caseId(), "终本后两次复查均未发现可供执行的财产：系统建议审查被执行人是否具备破产原因、是否移送破产审查");
  }
}
