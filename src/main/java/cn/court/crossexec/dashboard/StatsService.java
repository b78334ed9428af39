package cn.court.crossexec.dashboard;

import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.enforcement.CaseStatsRow;
import cn.court.crossexec.enforcement.CaseStatus;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.MeasureView;
import cn.court.crossexec.intake.CaseCategory;
import cn.court.crossexec.intake.EnforcementMode;
import cn.court.crossexec.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The managers' statistics: case counts, KPIs and deadlines over the courts a user may see. Reads cases and measures
 * through the enforcement capability's read-only service methods; owns no table.
 */
@Service
class StatsService {

  /** How many days ahead a deadline counts as near. */
  static final int NEAR_DAYS = 30;

  private final EnforcementCaseService cases;
  private final ControlMeasureService measures;
  private final StatsScope scope;
  private final Clock clock;

  StatsService(EnforcementCaseService cases, ControlMeasureService measures, StatsScope scope, Clock clock) {
    this.cases = cases;
    this.measures = measures;
    this.scope = scope;
    this.clock = clock;
  }

  CaseCounts counts(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    List<CaseStatsRow> rows = s.rows().stream().filter(r -> filter.inPeriod(openedOn(r))).toList();
    Map<String, String> courtNames = s.courtNames();
    long closed = rows.stream().filter(KpiCalculator::concluded).count();
    return new CaseCounts(rows.size(), rows.size() - closed, closed,
        buckets(rows, CaseStatsRow::category, k -> label(CaseCategory.class, k)),
        buckets(rows, CaseStatsRow::mode, k -> label(EnforcementMode.class, k)),
        buckets(rows, CaseStatsRow::executingCourtCode, k -> courtNames.getOrDefault(k, k)),
        buckets(rows, r -> r.status().name(), k -> CaseStatus.valueOf(k).label()));
  }

  MonthlyCounts monthly(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    Map<YearMonth, long[]> months = new TreeMap<>();
    for (CaseStatsRow r : s.rows()) {
      LocalDate opened = openedOn(r);
      if (filter.inPeriod(opened)) {
        months.computeIfAbsent(YearMonth.from(opened), m -> new long[2])[0]++;
      }
      LocalDate closedOn = concludedOn(r);
      if (closedOn != null && filter.inPeriod(closedOn)) {
        months.computeIfAbsent(YearMonth.from(closedOn), m -> new long[2])[1]++;
      }
    }
    return new MonthlyCounts(months.entrySet().stream()
        .map(e -> new MonthlyCounts.Month(e.getKey().toString(), e.getValue()[0], e.getValue()[1])).toList());
  }

  KpiReport kpis(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    List<KpiCalculator.CourtRef> courts = s.courts().stream().map(c -> new KpiCalculator.CourtRef(c.code(), c.name())).toList();
    return KpiCalculator.report(filter, courts, s.rows(), clock.getZone());
  }

  Deadlines.Limits limits(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    LocalDate today = LocalDate.now(clock);
    List<Deadlines.LimitRow> rows = s.rows().stream()
        .filter(r -> !KpiCalculator.concluded(r) && r.limitDueOn() != null)
        .filter(r -> !r.limitDueOn().isAfter(today.plusDays(NEAR_DAYS)))
        .sorted(Comparator.comparing(CaseStatsRow::limitDueOn).thenComparing(CaseStatsRow::caseNumber))
        .map(r -> {
          long left = ChronoUnit.DAYS.between(today, r.limitDueOn());
          return new Deadlines.LimitRow(r.id(), r.caseNumber(), r.executingCourtCode(),
              s.courtNames().get(r.executingCourtCode()), r.status().label(), r.limitDueOn(), left,
              left < 0 ? "已超期" : "临近届满", caseLink(r.id()));
        })
        .toList();
    return new Deadlines.Limits(NEAR_DAYS, rows);
  }

  Deadlines.Measures expiringMeasures(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    Map<String, CaseStatsRow> byId = s.rows().stream().collect(Collectors.toMap(CaseStatsRow::id, r -> r));
    LocalDate today = LocalDate.now(clock);
    List<Deadlines.MeasureRow> rows = new ArrayList<>();
    for (MeasureView m : measures.expiringSoon()) {
      CaseStatsRow c = byId.get(m.caseId());
      if (c == null || m.expiresOn().isAfter(today.plusDays(NEAR_DAYS))) {
        continue;
      }
      rows.add(new Deadlines.MeasureRow(m.id(), m.caseId(), c.caseNumber(), m.courtCode(),
          s.courtNames().getOrDefault(m.courtCode(), m.courtCode()), m.kind().label(), m.assetDescription(), m.expiresOn(),
          ChronoUnit.DAYS.between(today, m.expiresOn()), caseLink(m.caseId())));
    }
    return new Deadlines.Measures(NEAR_DAYS, rows);
  }

  /** The case's JSON until the case page exists. */
  static String caseLink(String caseId) {
    return "/api/cases/" + caseId;
  }

  private Scoped scoped(CurrentUser user, StatsFilter filter) {
    List<CourtView> courts = scope.courtsFor(user, filter);
    List<CaseStatsRow> rows = cases.statsRows(courts.stream().map(CourtView::code).toList()).stream()
        .filter(r -> filter.category() == null || filter.category().equals(r.category()))
        .filter(r -> filter.mode() == null || filter.mode().equals(r.mode()))
        .filter(r -> filter.status() == null || filter.status() == r.status())
        .toList();
    return new Scoped(courts, rows);
  }

  private LocalDate openedOn(CaseStatsRow r) {
    return r.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
  }

  /** The day a case was concluded for the statistics: its closing day, or the 终本 day. */
  static LocalDate concludedOn(CaseStatsRow r) {
    if (r.status() == CaseStatus.TERMINATED_FOR_NOW) {
      return r.forNowOn();
    }
    return r.status().isClosed() ? r.closedOn() : null;
  }

  private static List<CaseCounts.Bucket> buckets(List<CaseStatsRow> rows, Function<CaseStatsRow, String> key,
      Function<String, String> label) {
    Map<String, List<CaseStatsRow>> grouped = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    return grouped.entrySet().stream().map(e -> {
      long closed = e.getValue().stream().filter(KpiCalculator::concluded).count();
      return new CaseCounts.Bucket(e.getKey(), label.apply(e.getKey()), e.getValue().size() - closed, closed);
    }).toList();
  }

  private static <E extends Enum<E>> String label(Class<E> type, String key) {
    try {
      E value = Enum.valueOf(type, key);
      return value instanceof CaseCategory c ? c.label() : ((EnforcementMode) value).label();
    } catch (IllegalArgumentException e) {
      return key;
    }
  }

  private record Scoped(List<CourtView> courts, List<CaseStatsRow> rows) {
    Map<String, String> courtNames() {
      return courts.stream().collect(Collectors.toMap(CourtView::code, CourtView::name));
    }
  }
}
