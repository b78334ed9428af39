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

  ControlMeasureService(ControlMeasureRepository measures, EnforcementCaseRepository cases, CaseEventRepository events,
      MeasurePeriods periods, Clock clock) {
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
    if (!request.assetType().allows(request.kind())) {
      throw new InvalidRequestException("kind", request.assetType().label() + "不能采取" + request.kind().label() + "措施");
    }
    List<ControlMeasure> ahead = measures.findOnAsset(request.assetKey().trim(), ACTIVE);
    int rank = measures.maxRank(request.assetKey().trim()) + 1;
    ControlMeasure measure = new ControlMeasure(caseId, request, court, rank, user.userId(), now());
    if (ahead.isEmpty()) {
      measure.takeEffect(request.takenOn(), periods.of(request.assetType()));
    }
    measures.saveAndFlush(measure);
    record(caseId, "MEASURE_TAKEN", court + request.kind().label() + "“" + measure.getAssetDescription() + "”（"
        + measure.getOrderNumber() + "）" + (ahead.isEmpty() ? "，至 " + measure.getExpiresOn() : "，轮候第 " + (ahead.size() + 1) + " 位"),
        user.userId());
    return MeasureView.of(measure);
  }

  /** Renews an effective measure before it expires, by at most its legal period. */
  public MeasureView renew(long measureId, CurrentUser user) {
    ControlMeasure measure = ownMeasure(measureId, user);
    if (measure.getStatus() != MeasureStatus.EFFECTIVE || measure.getExpiresOn().isBefore(today())) {
      throw new ConflictException("只有尚未到期的生效措施可以续行");
    }
    measure.renew(periods.of(measure.getAssetType()));
    record(measure.getCaseId(), "MEASURE_RENEWED", measure.getKind().label() + "“" + measure.getAssetDescription()
        + "”续行至 " + measure.getExpiresOn(), user.userId());
    return MeasureView.of(measure);
  }

  /** Lifts a measure; when it was the effective one, the first waiting measure takes effect today. */
  public MeasureView lift(long measureId, CurrentUser user) {
    ControlMeasure measure = ownMeasure(measureId, user);
    if (!ACTIVE.contains(measure.getStatus())) {
      throw new ConflictException("该措施已解除或失效");
    }
    boolean wasEffective = measure.getStatus() == MeasureStatus.EFFECTIVE;
    measure.end(MeasureStatus.LIFTED, today());
    record(measure.getCaseId(), "MEASURE_LIFTED", "解除" + measure.getKind().label() + "“" + measure.getAssetDescription() + "”",
        user.userId());
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
      measure.end(MeasureStatus.LAPSED, measure.getExpiresOn().plusDays(1));
      record(measure.getCaseId(), "MEASURE_LAPSED", measure.getKind().label() + "“" + measure.getAssetDescription()
          + "”已于 " + measure.getExpiresOn() + " 到期未续行，已失效", "system");
      promoteNext(measure.getAssetKey());
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

  private void promoteNext(String assetKey) {
    measures.findOnAsset(assetKey, EnumSet.of(MeasureStatus.WAITING)).stream().findFirst().ifPresent(next -> {
      next.takeEffect(today(), periods.of(next.getAssetType()));
      record(next.getCaseId(), "MEASURE_EFFECTIVE", "轮候" + next.getKind().label() + "“" + next.getAssetDescription()
          + "”自 " + next.getEffectiveFrom() + " 起生效，至 " + next.getExpiresOn(), "system");
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
