package cn.court.crossexec.credit;

import cn.court.crossexec.enforcement.CaseOutcomes;
import cn.court.crossexec.enforcement.CaseStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Credit discipline follows the case: a hand-off opens a proposal, and a case that ends for good or whose two re-inquiries
 * after 终本 found nothing removes the debtor's entries of that case (2017 规定 art. 10). Synchronous listeners, so the
 * change commits or rolls back with the case's own step.
 */
@Component
class CaseOutcomeListener {

  private final CreditService credit;

  CaseOutcomeListener(CreditService credit) {
    this.credit = credit;
  }

  @EventListener
  void on(CaseOutcomes.HandedToCredit handOff) {
    credit.propose(handOff.caseId(), handOff.reason(), handOff.decidedBy());
  }

  @EventListener
  void on(CaseOutcomes.Ended ended) {
    RemovalCause cause = ended.how() == CaseStatus.PERFORMED
        ? (ended.bySettlement() ? RemovalCause.SETTLEMENT_PERFORMED : RemovalCause.PAID_IN_FULL)
        : RemovalCause.TERMINATED;
    credit.removeFor(ended.caseId(), cause, ended.label(), null);
  }

  @EventListener
  void on(CaseOutcomes.NothingFoundAfterTwoRequeries nothing) {
    credit.removeFor(nothing.caseId(), RemovalCause.NO_ASSETS_AFTER_TERMINATION_FOR_NOW, "终本后两次网络查询均未发现可供执行的财产", null);
  }
}
