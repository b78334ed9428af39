package cn.court.crossexec.dashboard;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which courts' cases a user's statistics cover: managers (and administrators) every court; a command centre's
 * coordinator the centre's court and every court below it; a court officer (or president) their own court only.
 */
@Component
class StatsScope {

  private final CourtService courts;

  StatsScope(CourtService courts) {
    this.courts = courts;
  }

  /** The courts visible to the user, narrowed by the filter's superior court and court, in directory order. */
  List<CourtView> courtsFor(CurrentUser user, StatsFilter filter) {
    List<CourtView> all = courts.findAll();
    Map<String, List<String>> children = new HashMap<>();
    all.forEach(c -> children.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c.code()));
    Set<String> visible = new LinkedHashSet<>();
    if (user.isMemberOf(Groups.MANAGERS) || user.isMemberOf(Groups.ADMINS)) {
      all.forEach(c -> visible.add(c.code()));
    } else {
      for (String group : user.groupIds()) {
        String centrePrefix = Groups.commandCentre("");
        if (group.startsWith(centrePrefix)) {
          visible.addAll(subtree(group.substring(centrePrefix.length()), children));
        }
      }
      visible.addAll(Groups.courtsOf(user.groupIds()));
    }
    if (visible.isEmpty()) {
      throw new AccessDeniedException("statistics are for managers, coordinators and court officers");
    }
    List<FieldError> outside = new ArrayList<>();
    if (filter.superiorCourt() != null && !visible.contains(filter.superiorCourt())) {
      outside.add(new FieldError("superiorCourt", "该法院不在您的查看范围内", filter.superiorCourt()));
    }
    if (filter.court() != null && !visible.contains(filter.court())) {
      outside.add(new FieldError("court", "该法院不在您的查看范围内", filter.court()));
    }
    if (!outside.isEmpty()) {
      throw new InvalidRequestException(outside);
    }
    Set<String> under = filter.superiorCourt() == null ? null : subtree(filter.superiorCourt(), children);
    return all.stream()
        .filter(c -> visible.contains(c.code()))
        .filter(c -> under == null || under.contains(c.code()))
        .filter(c -> filter.court() == null || filter.court().equals(c.code()))
        .toList();
  }

  private static Set<String> subtree(String code, Map<String, List<String>> children) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(code));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (codes.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return codes;
  }
}
