package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.platform.Groups;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control measures on a case's assets: taking one (effective, or on the waiting list behind earlier measures on the
 * same asset, from any case), renewing, lifting, and the lapse of an unrenewed one. When the effective measure ends,
 * the first waiting one takes effect from that moment (轮候查封自动生效).
 *
 * <p>Periods (LegalCalendar): the day the measure is taken is not counted, so a one-year freeze taken on 2025-03-03
 * holds until 24:00 on 2026-03-03. The expiry is a term that simply lapses ({@link LegalCalendar#correspondingDay}): it
 * does not move off a rest day, so the court must renew before it, whatever day it is. A renewal runs from the
 * current expiry, by at most the period of the asset type, and never reaches further than one such period from the
 * day of the renewal (two renewals on one day do not stack). The waiting list follows the order of seizure (the date
 * and time of the seizure order), not the order of recording. A waiting measure promoted after a lapse holds from 24:00
 * of the lapsed one's last day (also when the lapse is found after downtime), after a lifting from its moment.
 */
@Service
@Transactional
public class ControlMeasureService {

  private static final Logger log = LoggerFactory.getLogger(ControlMeasureService.class);
  private static final Set<MeasureStatus> ACTIVE = EnumSet.of(MeasureStatus.EFFECTIVE, MeasureStatus.WAITING);

  private final ControlMeasureRepository measures;
  private final EnforcementCaseRepository cases;
  private final CaseEventRepository events;
  private final MeasurePeriods periods;
  private final CourtClock clock;
  private final LegalCalendar calendar;
  private final org.springframework.context.ApplicationEventPublisher publisher;

  ControlMeasureService(ControlMeasureRepository measures, EnforcementCaseRepository cases, CaseEventRepository events,
      MeasurePeriods periods, CourtClock clock, LegalCalendar calendar,
      org.springframework.context.ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.measures = measures;
    this.cases = cases;
    this.events = events;
    this.periods = periods;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** A court taking part in the case records a measure it took. */
  public MeasureView take(String caseId, MeasureRequest request, CurrentUser user) {
    EnforcementCase theCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("未找到案件：" + caseId));
    Set<String> mine = Groups.courtsOf(user.groupIds());
    String court = theCase.getCourts().stream().map(CaseCourt::getCourtCode).filter(mine::contains).sorted().findFirst()
        .orElseThrow(() -> new NotFoundException("未找到案件：" + caseId));
    return takeAt(theCase, court, request, user.userId());
  }

  /** A measure a court reported in a joint work item's result (the court is the item's, the person the officer). */
  MeasureView takeAt(EnforcementCase theCase, String court, MeasureRequest request, String by) {
    String caseId = theCase.getId();
    if (theCase.getStatus().isClosed()) {
      throw new ConflictException("案件已结案，不能登记控制措施");
    }
    if (!request.assetType().allows(request.kind())) {
      throw new InvalidRequestException("kind", request.assetType().label() + "不能采取" + request.kind().label() + "措施");
    }
    List<ControlMeasure> active = measures.findOnAsset(request.assetKey().trim(), ACTIVE);
    int rank = measures.maxRank(request.assetKey().trim()) + 1;
    OffsetDateTime orderedAt = request.orderedAt() != null ? request.orderedAt()
        : request.takenOn().atStartOfDay(clock.zone()).toOffsetDateTime();
    ControlMeasure measure = new ControlMeasure(caseId, request, orderedAt, court, rank, by, now());
    ControlMeasure holding = active.stream().filter(m -> m.getStatus() == MeasureStatus.EFFECTIVE).findFirst().orElse(null);
    boolean first = holding == null && active.isEmpty();
    if (holding != null && orderedAt.isBefore(holding.getOrderedAt())) {
      // an earlier seizure order recorded later: it is the first seizure, the one recorded before it waits behind it
      holding.requeue();
      record(holding.getCaseId(), "MEASURE_REQUEUED", holding.getKind().label() + "“" + holding.getAssetDescription()
          + "”的查封时间晚于" + court + "（" + measure.getOrderNumber() + "），转为轮候", CaseSteps.SYSTEM);
      changed(MeasureView.of(holding));
      first = true;
    }
    if (first) {
      measure.takeEffect(orderedAt.isAfter(now()) ? now() : orderedAt, request.takenOn(), expiry(request.takenOn(), request.assetType()));
    }
    measures.saveAndFlush(measure);
    long position = measures.findOnAsset(measure.getAssetKey(), ACTIVE).indexOf(measure) + 1;
    record(caseId, "MEASURE_TAKEN", court + request.kind().label() + "“" + measure.getAssetDescription() + "”（"
        + measure.getOrderNumber() + "）" + (first ? "，至 " + measure.getExpiresOn() : "，轮候第 " + position + " 位"),
        by);
    // the case's model watches it from now on (renewal reminder, lapse), in every phase of the case
    publisher.publishEvent(new CaseMessage(caseId, "MeasureTaken", java.util.Map.of("measureId", String.valueOf(measure.getId())),
        false, null, null, null));
    return MeasureView.of(measure);
  }

  /** Renews an effective measure before it expires, by at most its legal period. */
  public MeasureView renew(long measureId, CurrentUser user) {
    MeasureView renewed = renewAsHolder(ownMeasure(measureId, user), user.userId());
    changed(renewed);
    return renewed;
  }

  /** The holding court renews in its renewal task (the model's own loop reads the new expiry). */
  MeasureView renewAsHolder(long measureId, String by) {
    return renewAsHolder(measures.findById(measureId).orElseThrow(), by);
  }

  private MeasureView renewAsHolder(ControlMeasure measure, String by) {
    if (measure.getStatus() != MeasureStatus.EFFECTIVE || measure.getExpiresOn().isBefore(today())) {
      throw new ConflictException("只有尚未到期的生效措施可以续行");
    }
    LocalDate newExpiry = renewedExpiry(measure);
    if (!newExpiry.isAfter(measure.getExpiresOn())) {
      throw new ConflictException(measure.getKind().label() + "“" + measure.getAssetDescription() + "”已续行至 "
          + CourtClock.text(measure.getExpiresOn()) + "，续行后的期限自今日起不得超过" + periodText(periods.of(measure.getAssetType()))
          + "，现不能再续行");
    }
    measure.renew(newExpiry);
    record(measure.getCaseId(), "MEASURE_RENEWED", measure.getKind().label() + "“" + measure.getAssetDescription()
        + "”续行至 " + measure.getExpiresOn(), by);
    return MeasureView.of(measure);
  }

  /** Lifts a measure; when it was the effective one, the first waiting measure takes effect today. */
  public MeasureView lift(long measureId, CurrentUser user) {
    MeasureView lifted = liftAsHolder(ownMeasure(measureId, user), user.userId());
    changed(lifted);
    return lifted;
  }

  /** The holding court lifts in its renewal task. */
  MeasureView liftAsHolder(long measureId, String by) {
    return liftAsHolder(measures.findById(measureId).orElseThrow(), by);
  }

  /** On closing a case (performed, terminated, withdrawn) every measure still holding or waiting is lifted. */
  int liftAllOf(String caseId, String by) {
    int lifted = 0;
    for (ControlMeasure measure : measures.findByCaseIdOrderByIdAsc(caseId)) {
      if (ACTIVE.contains(measure.getStatus())) {
        changed(liftAsHolder(measure, by)); // its watch in the model ends too
        lifted++;
      }
    }
    return lifted;
  }

  /**
   * The disposal is over and the court lets the asset go (released after failed auctions): the measure is lifted and
   * the first waiting measure of another case on the asset takes effect.
   */
  public MeasureView releaseAfterDisposal(long measureId, String by) {
    MeasureView released = liftAsHolder(measures.findById(measureId).orElseThrow(() -> new NotFoundException("未找到措施：" + measureId)),
        by == null ? CaseSteps.SYSTEM : by);
    changed(released);
    return released;
  }

  /**
   * The asset has left the debtor (sold, transferred in lieu, deposit deducted): its effective measure ends, and so do
   * the waiting ones of other cases on it — there is nothing left for them to hold; their creditors share the
   * proceeds by joining the distribution.
   */
  public List<MeasureView> endWithDisposal(long measureId, String how, String by) {
    ControlMeasure held = measures.findById(measureId).orElseThrow(() -> new NotFoundException("未找到措施：" + measureId));
    List<MeasureView> ended = new java.util.ArrayList<>();
    for (ControlMeasure measure : measures.findOnAsset(held.getAssetKey(), ACTIVE)) {
      measure.end(MeasureStatus.LIFTED, today());
      record(measure.getCaseId(), "MEASURE_LIFTED", "财产已" + how + "，" + measure.getKind().label() + "“"
          + measure.getAssetDescription() + "”解除", by == null ? CaseSteps.SYSTEM : by);
      MeasureView view = MeasureView.of(measure);
      changed(view);
      ended.add(view);
    }
    return ended;
  }

  /**
   * The expiry a renewal today gives: one period from the current expiry, but no further than one period from today.
   */
  LocalDate renewedExpiry(ControlMeasure measure) {
    Period period = periods.of(measure.getAssetType());
    LocalDate fromExpiry = calendar.correspondingDay(measure.getExpiresOn(), period);
    LocalDate cap = calendar.correspondingDay(today(), period);
    return fromExpiry.isAfter(cap) ? cap : fromExpiry;
  }

  /** The last day of a measure taken (or taking effect) on a day: that day not counted, not moved off a rest day. */
  private LocalDate expiry(LocalDate eventDay, AssetType type) {
    return calendar.correspondingDay(eventDay, periods.of(type));
  }

  private static String periodText(Period p) {
    StringBuilder b = new StringBuilder();
    if (p.getYears() > 0) b.append(p.getYears()).append("年");
    if (p.getMonths() > 0) b.append(p.getMonths()).append("个月");
    if (p.getDays() > 0) b.append(p.getDays()).append("日");
    return b.toString();
  }

  /** The model's expiry timer: an effective measure not renewed by its last day lapses. */
  boolean lapse(long measureId) {
    ControlMeasure measure = measures.findById(measureId).orElseThrow();
    if (measure.getStatus() != MeasureStatus.EFFECTIVE || !measure.getExpiresOn().isBefore(today())) {
      return false;
    }
    lapse(measure);
    return true;
  }

  @Transactional(readOnly = true)
  MeasureView find(long measureId) {
    return MeasureView.of(measures.findById(measureId).orElseThrow(() -> new NotFoundException("未找到措施：" + measureId)));
  }

  private MeasureView liftAsHolder(ControlMeasure measure, String by) {
    if (!ACTIVE.contains(measure.getStatus())) {
      throw new ConflictException("该措施已解除或失效");
    }
    boolean wasEffective = measure.getStatus() == MeasureStatus.EFFECTIVE;
    OffsetDateTime at = now();
    measure.end(MeasureStatus.LIFTED, today());
    record(measure.getCaseId(), "MEASURE_LIFTED", "解除" + measure.getKind().label() + "“" + measure.getAssetDescription() + "”",
        by);
    if (wasEffective) {
      promoteNext(measure.getAssetKey(), at, today(), today());
    }
    return MeasureView.of(measure);
  }

  /** Flags measures that expired without renewal (they no longer hold the asset) and promotes the waiting ones. */
  @Scheduled(cron = "${crossexec.enforcement.lapse-check-cron:0 10 0 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  public int flagLapsed() {
    int count = 0;
    // a promoted measure may itself have lapsed meanwhile (long downtime): repeat until none is left
    for (List<ControlMeasure> lapsed = measures.findByStatusAndExpiresOnBefore(MeasureStatus.EFFECTIVE, today());
        !lapsed.isEmpty(); lapsed = measures.findByStatusAndExpiresOnBefore(MeasureStatus.EFFECTIVE, today())) {
      for (ControlMeasure measure : lapsed) {
        lapse(measure);
        changed(MeasureView.of(measure));
        count++;
      }
      measures.flush();
    }
    if (count > 0) {
      log.warn("{} control measures lapsed without renewal", count);
    }
    return count;
  }

  /** Effective measures expiring within the reminder window (default 30 days): the courts holding them must renew. */
  @Transactional(readOnly = true)
  public List<MeasureView> expiringSoon() {
    return measures.findByStatusAndExpiresOnBetweenOrderByExpiresOn(MeasureStatus.EFFECTIVE, today(),
        today().plusDays(periods.renewalReminderDays())).stream().map(MeasureView::of).toList();
  }

  @Transactional(readOnly = true)
  public List<MeasureView> ofCase(String caseId) {
    return measures.findByCaseIdOrderByIdAsc(caseId).stream().map(MeasureView::of).toList();
  }

  private void lapse(ControlMeasure measure) {
    measure.end(MeasureStatus.LAPSED, measure.getExpiresOn().plusDays(1));
    record(measure.getCaseId(), "MEASURE_LAPSED", measure.getKind().label() + "“" + measure.getAssetDescription()
        + "”已于 " + measure.getExpiresOn() + " 到期未续行，已失效", SystemActor.ID);
    // the next one holds from 24:00 of the lapsed one's last day, however late the lapse is noticed
    LocalDate lastDay = measure.getExpiresOn();
    promoteNext(measure.getAssetKey(), calendar.endOfDay(lastDay), lastDay.plusDays(1), lastDay);
  }

  /** Tells the measure's watch in the model (if any) to read the measure again. */
  private void changed(MeasureView measure) {
    publisher.publishEvent(CaseMessage.forInstanceWith(measure.caseId(), "MeasureChanged", "measureId",
        String.valueOf(measure.id())));
  }

  /**
   * The first waiting measure in the order of seizure takes effect at {@code at}, holding from the day {@code from}; its
   * period counts from the day after {@code eventDay}.
   */
  private void promoteNext(String assetKey, OffsetDateTime at, LocalDate from, LocalDate eventDay) {
    measures.findOnAsset(assetKey, EnumSet.of(MeasureStatus.WAITING)).stream().findFirst().ifPresent(next -> {
      next.takeEffect(at, from, expiry(eventDay, next.getAssetType()));
      record(next.getCaseId(), "MEASURE_EFFECTIVE", "轮候" + next.getKind().label() + "“" + next.getAssetDescription()
          + "”自 " + next.getEffectiveFrom() + " 起生效，至 " + next.getExpiresOn(), SystemActor.ID);
      changed(MeasureView.of(next));
    });
  }

  private ControlMeasure ownMeasure(long id, CurrentUser user) {
    ControlMeasure measure = measures.findById(id).orElseThrow(() -> new NotFoundException("未找到措施：" + id));
    Set<String> mine = Groups.courtsOf(user.groupIds());
    if (!mine.contains(measure.getCourtCode())) {
      EnforcementCase theCase = cases.findById(measure.getCaseId()).orElseThrow();
      if (theCase.involves(mine)) {
        throw new AccessDeniedException("only the court holding the measure changes it");
      }
      throw new NotFoundException("未找到措施：" + id);
    }
    return measure;
  }

  private void record(String caseId, String type, String detail, String actor) {
    events.save(new CaseEvent(caseId, type, detail, actor, now()));
  }

  private LocalDate today() {
    return clock.today();
  }

  private OffsetDateTime now() {
    return clock.now();
  }
}
