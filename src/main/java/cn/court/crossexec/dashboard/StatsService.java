package cn.court.crossexec.dashboard;

import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.disposal.DisposalService;
import cn.court.crossexec.disposal.ObjectionWindow;
import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.HandOverStep;
import cn.court.crossexec.enforcement.WorkItemService;
import cn.court.crossexec.enforcement.WorkItemView;
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
import java.util.HashMap;
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
  private final WorkItemService workItems;
  private final DisposalService disposals;
  private final DistributionService distributions;
  private final StatsScope scope;
  private final Clock clock;
  private final LegalCalendar calendar;

  StatsService(EnforcementCaseService cases, ControlMeasureService measures, WorkItemService workItems,
      DisposalService disposals, DistributionService distributions, StatsScope scope, Clock clock, LegalCalendar calendar) {
    this.cases = cases;
    this.measures = measures;
    this.workItems = workItems;
    this.disposals = disposals;
    this.distributions = distributions;
    this.scope = scope;
    this.clock = clock;
    this.calendar = calendar;
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

  /**
   * Overdue hand-over steps of the open cases the courts in scope execute (past their legal last day, or reminded by
   * the case's model) and overdue joint work items those courts owe, with a count per court.
   */
  Deadlines.Overdue overdue(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    Map<String, CaseStatsRow> byId = s.byId();
    LocalDate today = LocalDate.now(clock);
    List<Deadlines.OverdueRow> rows = new ArrayList<>();
    for (HandOverStep step : cases.pendingHandOverSteps(s.codes())) {
      boolean late = step.reminded() || (step.lastDay() != null && step.lastDay().isBefore(today));
      if (late && byId.containsKey(step.caseId())) {
        rows.add(new Deadlines.OverdueRow("HAND_OVER", "移交环节", step.caseId(), step.enforcementNumber(), step.caseNumber(),
            step.executingCourtCode(), s.courtName(step.executingCourtCode()), step.what(), step.lastDay(),
            daysAfter(step.lastDay(), today), caseLink(step.caseId())));
      }
    }
    // a work item's case may be executed by a court outside the scope: read it for its numbers and the filters
    Map<String, CaseView> itemCases = new HashMap<>();
    for (WorkItemView w : workItems.overdueOwedBy(s.codes())) {
      CaseView c = itemCases.computeIfAbsent(w.caseId(), cases::getForSystem);
      if (matches(c, filter)) {
        rows.add(new Deadlines.OverdueRow("WORK_ITEM", "联合执行事项", w.caseId(), c.enforcementNumber(), c.caseNumber(),
            w.courtCode(), s.courtName(w.courtCode()), w.typeLabel() + "：" + w.instructions(), w.dueOn(),
            daysAfter(w.dueOn(), today), caseLink(w.caseId())));
      }
    }
    rows.sort(Comparator.comparing(Deadlines.OverdueRow::lastDay, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Deadlines.OverdueRow::caseId));
    List<Deadlines.CourtOverdue> byCourt = s.courts().stream()
        .map(c -> new Deadlines.CourtOverdue(c.code(), c.name(),
            rows.stream().filter(r -> r.courtCode().equals(c.code()) && r.kind().equals("HAND_OVER")).count(),
            rows.stream().filter(r -> r.courtCode().equals(c.code()) && r.kind().equals("WORK_ITEM")).count()))
        .filter(c -> c.handOverSteps() + c.workItems() > 0)
        .toList();
    return new Deadlines.Overdue(byCourt, rows);
  }

  /** Objection windows open now on the cases the courts in scope execute, with their last day. */
  Deadlines.Objections objections(CurrentUser user, StatsFilter filter) {
    Scoped s = scoped(user, filter);
    Map<String, CaseStatsRow> byId = s.byId();
    LocalDate today = LocalDate.now(clock);
    List<Deadlines.ObjectionRow> rows = new ArrayList<>();
    addWindows(rows, "PRICE", disposals.openPriceObjectionWindows(), byId, s, today);
    addWindows(rows, "DISTRIBUTION", distributions.openObjectionWindows(), byId, s, today);
    rows.sort(Comparator.comparing(Deadlines.ObjectionRow::lastDay).thenComparing(Deadlines.ObjectionRow::caseId));
    return new Deadlines.Objections(rows);
  }

  private void addWindows(List<Deadlines.ObjectionRow> rows, String kind, List<ObjectionWindow> windows,
      Map<String, CaseStatsRow> byId, Scoped s, LocalDate today) {
    for (ObjectionWindow w : windows) {
      CaseStatsRow c = byId.get(w.caseId());
      if (c != null) {
        // the window closes at 24:00 of its last day, i.e. the first instant of the next day
        LocalDate lastDay = calendar.dayOf(w.closesAt().minusNanos(1));
        rows.add(new Deadlines.ObjectionRow(kind, c.id(), c.enforcementNumber(), c.caseNumber(), c.executingCourtCode(),
            s.courtName(c.executingCourtCode()), w.what(), lastDay, ChronoUnit.DAYS.between(today, lastDay), caseLink(c.id())));
      }
    }
  }

  private static boolean matches(CaseView c, StatsFilter filter) {
    return (filter.category() == null || filter.category().equals(c.category()))
        && (filter.mode() == null || filter.mode().equals(c.mode()))
        && (filter.status() == null || filter.status() == c.status());
  }

  private static Long daysAfter(LocalDate lastDay, LocalDate today) {
    return lastDay == null ? null : ChronoUnit.DAYS.between(lastDay, today);
  }

  /** The case's page (the case capability's own page at /cases/{id}). */
  static String caseLink(String caseId) {
    return "/cases/" + caseId;
  }

  /** The courts the user may see (narrowed by the filter) and the cases they execute that pass the case filters. */
  Scoped scoped(CurrentUser user, StatsFilter filter) {
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

  record Scoped(List<CourtView> courts, List<CaseStatsRow> rows) {
    Map<String, String> courtNames() {
      return courts.stream().collect(Collectors.toMap(CourtView::code, CourtView::name));
    }

    String courtName(String code) {
      return courts.stream().filter(c -> c.code().equals(code)).map(CourtView::name).findFirst().orElse(code);
    }

    List<String> codes() {
      return courts.stream().map(CourtView::code).toList();
    }

    Map<String, CaseStatsRow> byId() {
      return rows.stream().collect(Collectors.toMap(CaseStatsRow::id, r -> r));
    }
  }
}
