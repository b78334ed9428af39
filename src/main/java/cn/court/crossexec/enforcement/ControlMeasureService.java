package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.workflow.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * the first waiting one takes effect that day (轮候查封自动生效).
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
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher publisher;

  ControlMeasureService(ControlMeasureRepository measures, EnforcementCaseRepository cases, CaseEventRepository events,
      MeasurePeriods periods, Clock clock, org.springframework.context.ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.measures = measures;
    this.cases = cases;
    this.events = events;
    this.periods = periods;
    this.clock = clock;
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
    List<ControlMeasure> ahead = measures.findOnAsset(request.assetKey().trim(), ACTIVE);
    int rank = measures.maxRank(request.assetKey().trim()) + 1;
    ControlMeasure measure = new ControlMeasure(caseId, request, court, rank, by, now());
    if (ahead.isEmpty()) {
      measure.takeEffect(request.takenOn(), periods.of(request.assetType()));
    }
    measures.saveAndFlush(measure);
    record(caseId, "MEASURE_TAKEN", court + request.kind().label() + "“" + measure.getAssetDescription() + "”（"
        + measure.getOrderNumber() + "）" + (ahead.isEmpty() ? "，至 " + measure.getExpiresOn() : "，轮候第 " + (ahead.size() + 1) + " 位"),
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
    measure.renew(periods.of(measure.getAssetType()));
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
    measure.end(MeasureStatus.LIFTED, today());
    record(measure.getCaseId(), "MEASURE_LIFTED", "解除" + measure.getKind().label() + "“" + measure.getAssetDescription() + "”",
        by);
    if (wasEffective) {
      promoteNext(measure.getAssetKey());
    }
    return MeasureView.of(measure);
  }

  /** Flags measures that expired without renewal (they no longer hold the asset) and promotes the waiting ones. */
  @Scheduled(cron = "${crossexec.enforcement.lapse-check-cron:0 10 0 * * *}", zone = "${crossexec.time-zone:Asia/Shanghai}")
  public int flagLapsed() {
    List<ControlMeasure> lapsed = measures.findByStatusAndExpiresOnBefore(MeasureStatus.EFFECTIVE, today());
    for (ControlMeasure measure : lapsed) {
      lapse(measure);
      changed(MeasureView.of(measure));
    }
    if (!lapsed.isEmpty()) {
      log.warn("{} control measures lapsed without renewal", lapsed.size());
    }
    return lapsed.size();
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
        + "”已于 " + measure.getExpiresOn() + " 到期未续行，已失效", "system");
    promoteNext(measure.getAssetKey());
  }

  /** Tells the measure's watch in the model (if any) to read the measure again. */
  private void changed(MeasureView measure) {
    publisher.publishEvent(CaseMessage.forInstanceWith(measure.caseId(), "MeasureChanged", "measureId",
        String.valueOf(measure.id())));
  }

  private void promoteNext(String assetKey) {
    measures.findOnAsset(assetKey, EnumSet.of(MeasureStatus.WAITING)).stream().findFirst().ifPresent(next -> {
      next.takeEffect(today(), periods.of(next.getAssetType()));
      record(next.getCaseId(), "MEASURE_EFFECTIVE", "轮候" + next.getKind().label() + "“" + next.getAssetDescription()
          + "”自 " + next.getEffectiveFrom() + " 起生效，至 " + next.getExpiresOn(), "system");
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
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
