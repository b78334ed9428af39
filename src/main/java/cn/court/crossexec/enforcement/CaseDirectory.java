package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case as the capabilities after enforcement see it: its facts, who may see or act on it (the same rules as the
 * case's own API), and its event log, which they write into so the case's timeline tells the whole story.
 */
@Service
@Transactional
public class CaseDirectory {

  private final CaseSteps steps;
  private final CaseAccess access;

  CaseDirectory(CaseSteps steps, CaseAccess access) {
    this.steps = steps;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public CaseFacts facts(String caseId) {
    return facts(steps.theCase(caseId));
  }

  /** The case if the user sees it (courts taking part, managers, its applicant); otherwise 404. */
  @Transactional(readOnly = true)
  public CaseFacts visible(String caseId, CurrentUser user) {
    return facts(access.visible(caseId, user));
  }

  /** The case if the user acts for the executing court or the coordinating command centre; 403/404 otherwise. */
  @Transactional(readOnly = true)
  public CaseFacts executedBy(String caseId, CurrentUser user) {
    return facts(access.executedBy(caseId, user));
  }

  /** The case if the user acts for its coordinating command centre; 403/404 otherwise. */
  @Transactional(readOnly = true)
  public CaseFacts coordinatedBy(String caseId, CurrentUser user) {
    return facts(access.coordinatedBy(caseId, user));
  }

  /** Appends to the case's event log; a blank actor is the system. */
  public void record(String caseId, String type, String detail, String actor) {
    steps.record(caseId, type, detail, actor);
  }

  private static CaseFacts facts(EnforcementCase c) {
    CaseParty applicant = party(c, "APPLICANT");
    CaseParty debtor = party(c, "DEBTOR");
    return new CaseFacts(c.getId(), c.getCaseNumber(), c.getExecutingCourtCode(), Groups.court(c.getExecutingCourtCode()),
        c.getCoordinatingCourtCode(), applicant == null ? null : applicant.getName(),
        applicant == null ? null : applicant.getIdNumber(), debtor == null ? null : debtor.getName(),
        debtor == null ? null : debtor.getIdNumber(), debtor == null ? null : debtor.getType(), c.getAmountClaimedFen(),
        c.getRecoveredFen(), c.getStatus());
  }

  private static CaseParty party(EnforcementCase c, String role) {
    return c.getParties().stream().filter(p -> role.equals(p.getRole())).findFirst().orElse(null);
  }
}
