package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Proposes the executing court (and, for collaborative enforcement, participating courts) for a mode: only courts
 * under the coordinating court, never the original court for directed enforcement, outside the original court's
 * locality when the category requires it, lighter current caseload first.
 */
@Component
class CourtAssignment {

  record Proposal(String executingCourtCode, List<CourtView> candidates, List<String> participatingCourtCodes) {}

  private static final int PARTICIPATING_PROPOSED = 2;

  private final CourtService courts;
  private final DecisionRepository decisions;

  CourtAssignment(CourtService courts, DecisionRepository decisions) {
    this.courts = courts;
    this.decisions = decisions;
  }

  Proposal propose(EnforcementMode mode, String originalCourtCode, String coordinatingCourtCode, boolean outsideLocality) {
    CourtView original = courts.get(originalCourtCode);
    Map<String, Long> caseload = caseload();
    Comparator<CourtView> lighterFirst =
        Comparator.<CourtView>comparingLong(c -> caseload.getOrDefault(c.code(), 0L)).thenComparing(CourtView::code);
    List<CourtView> below = courts.find(coordinatingCourtCode, null);
    List<CourtView> others =
        below.stream()
            .filter(c -> !c.code().equals(originalCourtCode))
            .filter(c -> !outsideLocality || !courts.sameLocality(c.code(), originalCourtCode))
            .sorted(lighterFirst)
            .toList();
    return switch (mode) {
      case SUPERVISED -> new Proposal(originalCourtCode, List.of(original), List.of());
      case ELEVATED -> new Proposal(coordinatingCourtCode, List.of(courts.get(coordinatingCourtCode)), List.of());
      case DIRECTED -> new Proposal(first(others, coordinatingCourtCode), others, List.of());
      case CENTRALIZED -> {
        List<CourtView> all = below.stream().sorted(lighterFirst).toList();
        yield new Proposal(first(all, coordinatingCourtCode), all, List.of());
      }
      case COLLABORATIVE ->
          new Proposal(originalCourtCode, others,
              others.stream().limit(PARTICIPATING_PROPOSED).map(CourtView::code).toList());
    };
  }

  /** Open cross-execution cases per executing court. */
  Map<String, Long> caseload() {
    Map<String, Long> load = new HashMap<>();
    for (Object[] row : decisions.countByExecutingCourt()) {
      load.put((String) row[0], ((Number) row[1]).longValue());
    }
    return load;
  }

  private static String first(List<CourtView> candidates, String fallback) {
    return candidates.isEmpty() ? fallback : candidates.get(0).code();
  }
}
