package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with applications: an applicant their own; a court's officers the applications of
 * their court; a command centre those it coordinates; managers all.
 */
@Component
class ApplicationAccess {

  private static final String CENTRE_PREFIX = "command-centre-";

  private final CourtService courts;
  private final DecisionRepository decisions;

  ApplicationAccess(CourtService courts, DecisionRepository decisions) {
    this.courts = courts;
    this.decisions = decisions;
  }

  boolean seesAll(CurrentUser user) {
    return user.isMemberOf(Groups.MANAGERS) || user.isMemberOf(Groups.ADMINS);
  }

  boolean isApplicant(CurrentUser user) {
    return user.isMemberOf(Groups.APPLICANTS);
  }

  /** Courts whose officers or command centre the user belongs to. */
  Set<String> courtsOf(CurrentUser user) {
    return Groups.courtsOf(user.groupIds());
  }

  boolean canSee(CurrentUser user, Application application) {
    if (seesAll(user) || application.getSubmittedBy().equals(user.userId())) {
      return true;
    }
    Set<String> mine = courtsOf(user);
    if (mine.contains(application.getOriginalCourtCode()) || mine.contains(application.getCoordinatingCourtCode())) {
      return true;
    }
    return decisions.findById(application.getId())
        .map(d -> d.getCourts().stream().anyMatch(c -> mine.contains(c.getCourtCode())))
        .orElse(false);
  }

  /** An officer refers cases of their own court; a coordinator cases of the courts below their centre. */
  boolean canRefer(CurrentUser user, String originalCourtCode) {
    for (String group : user.groupIds()) {
      if (group.equals(Groups.court(originalCourtCode))) {
        return true;
      }
      if (group.startsWith(CENTRE_PREFIX) && courts.isUnder(originalCourtCode, group.substring(CENTRE_PREFIX.length()))) {
        return true;
      }
    }
    return false;
  }
}
