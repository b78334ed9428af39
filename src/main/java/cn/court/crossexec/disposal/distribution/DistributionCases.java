package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.enforcement.CaseDirectory;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.PaymentChannel;
import cn.court.crossexec.enforcement.PaymentRequest;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The distribution's way to the case, only through the enforcement capability's public service: who may see and act
 * on it, its parties and courts, its log, and the money a distribution pays to the case's own applicant.
 *
 * <p>Workers and other capabilities have no logged-in user: they act as the system, through the case service's
 * system-facing {@code getForSystem} and {@code recordSystemPayment} (actor: the system), never as a pretend person.
 */
@Component
class DistributionCases {

  static final String SYSTEM = SystemActor.ID;

  private final EnforcementCaseService cases;
  private final CaseDirectory directory;
  private final Clock clock;

  DistributionCases(EnforcementCaseService cases, CaseDirectory directory, Clock clock) {
    this.cases = cases;
    this.directory = directory;
    this.clock = clock;
  }

  /** The case as the system sees it (404 when there is none). */
  CaseView theCase(String caseId) {
    return cases.getForSystem(caseId);
  }

  /** The case if the user's courts take part in it (managers: every case); 404 otherwise. */
  CaseView visible(String caseId, CurrentUser user) {
    return cases.get(caseId, user);
  }

  /** The executing court, or the coordinating court's command centre acting for it (on a creditor's behalf too). */
  CaseView actedOnBy(String caseId, CurrentUser user) {
    CaseView found = visible(caseId, user);
    Set<String> courts = Groups.courtsOf(user.groupIds());
    if (!courts.contains(found.executingCourtCode()) && !courts.contains(found.coordinatingCourtCode())) {
      throw new AccessDeniedException("only the executing court or the coordinating command centre acts on a distribution");
    }
    return found;
  }

  void record(String caseId, String type, String detail, String actor) {
    directory.record(caseId, type, detail, actor);
  }

  /**
   * A payout to the case's own applicant also counts as recovered on the case (channel AUCTION, the payout's reference,
   * so a repeat is recorded once). A case already closed keeps its books; the payout is only logged.
   */
  void creditApplicant(CaseView theCase, long fen, String reference) {
    if (theCase.status().isClosed()) {
      record(theCase.id(), "DISTRIBUTION_PAYOUT", "案件已结案，参与分配款 " + cn.court.crossexec.platform.Money.yuan(fen)
          + " 未计入到位金额（" + reference + "）", SYSTEM);
      return;
    }
    cases.recordSystemPayment(theCase.id(), new PaymentRequest(fen, LocalDate.now(clock), "参与分配款", PaymentChannel.AUCTION,
        reference));
  }
}
