package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.platform.Groups;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a case. Courts taking part see it (managers all of it), and so does the applicant whose
 * application it came from; anyone else gets 404, so nothing leaks about other courts' cases. Acting needs the right
 * role in the case (the applicant may bring asset leads).
 */
@Component
class CaseAccess {

  private final EnforcementCaseRepository cases;

  CaseAccess(EnforcementCaseRepository cases) {
    this.cases = cases;
  }

  EnforcementCase visible(String id, CurrentUser user) {
    EnforcementCase found = cases.findById(id).orElseThrow(() -> new NotFoundException("未找到案件：" + id));
    if (!seesAll(user) && !found.involves(courtsOf(user)) && !found.isApplicant(user.userId())) {
      throw new NotFoundException("未找到案件：" + id);
    }
    return found;
  }

  /** Whether the user's court takes part in the case (or the user sees every case). */
  boolean takesPart(EnforcementCase c, CurrentUser user) {
    return seesAll(user) || c.involves(courtsOf(user));
  }

  /** The coordinating command centre of the case. */
  EnforcementCase coordinatedBy(String id, CurrentUser user) {
    EnforcementCase found = visible(id, user);
    if (!found.isCoordinatedBy(courtsOf(user))) {
      throw new AccessDeniedException("only the coordinating command centre does this");
    }
    return found;
  }

  /** The executing court, or the coordinating command centre acting for it. */
  EnforcementCase executedBy(String id, CurrentUser user) {
    EnforcementCase found = visible(id, user);
    if (!found.isExecutedBy(courtsOf(user)) && !found.isCoordinatedBy(courtsOf(user))) {
      throw new AccessDeniedException("only the executing court or the coordinating command centre does this");
    }
    return found;
  }

  static Set<String> courtsOf(CurrentUser user) {
    return Groups.courtsOf(user.groupIds());
  }

  static boolean seesAll(CurrentUser user) {
    return user.isMemberOf(Groups.MANAGERS) || user.isMemberOf(Groups.ADMINS);
  }
}
