package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Claim;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.MeasureView;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint distribution (参与分配) of a case's proceeds: opening a distribution (its process runs the windows and the
 * payouts), the creditors' claims, the plan as it stands, the payouts, and the credit of a transfer in lieu.
 */
@Service
@Transactional
public class DistributionService {

  /** A result and whether this call created it (the same claim filed again creates nothing). */
  public record Filed<T>(T value, boolean created) {}

  private final DistributionRecords records;
  private final DistributionCases cases;
  private final ControlMeasureService measures;
  private final Payouts payouts;
  private final DistributionProperties properties;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final LegalCalendar calendar;
  private final SeizureOrderEligibility eligibility;

  private final DistributionDisposals disposals;

  DistributionService(DistributionRecords records, DistributionCases cases, ControlMeasureService measures, Payouts payouts,
      DistributionProperties properties, ApplicationEventPublisher publisher, Clock clock,
      LegalCalendar calendar, SeizureOrderEligibility eligibility, DistributionDisposals disposals) {
    this.disposals = disposals;
    this.calendar = calendar;
    this.eligibility = eligibility;
    this.records = records;
    this.cases = cases;
    this.measures = measures;
    this.payouts = payouts;
    this.properties = properties;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * Opens the distribution of {@code distributableFen} realized by the given disposals of the case: claims may be
   * filed until the claims window closes; the case's own applicant is entered as a creditor if not yet. Its process
   * starts in this transaction.
   *
   * @throws ConflictException when a disposal was distributed already (or is not the case's)
   */
  public String open(String caseId, long distributableFen, List<String> disposalIds, String openedBy) {
    if (distributableFen <= 0) {
      throw new InvalidRequestException("distributableFen", "可供分配金额应大于零");
    }
    CaseView theCase = cases.theCase(caseId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String id = UUID.randomUUID().toString();
    // the claims window is a legal period: today not counted, 24:00 of its last day, off holidays and rest days
    LocalDate claimsLastDay = calendar.lastDay(calendar.dayOf(now), properties.claimWindow());
    records.insert(id, caseId, distributableFen, calendar.endOfDay(claimsLastDay), now);
    for (String disposalId : disposalIds) {
      // only a disposal of this case not yet distributed is taken (checked by its owner under the row's lock)
      if (!disposals.take(disposalId, caseId, id)) {
        throw new ConflictException("财产处置 " + disposalId + " 不属于本案或其价款已参与分配，不能再次分配");
      }
    }
    if (!records.hasOwnApplicantClaim(caseId)) {
      fileOwnApplicantClaim(theCase, openedBy, now);
    }
    Distribution opened = records.find(id).orElseThrow();
    cases.record(caseId, "DISTRIBUTION_OPENED", "启动参与分配：可供分配 " + Money.yuan(distributableFen) + "，债权申报截止 "
        + CourtClock.text(claimsLastDay) + "24时", openedBy);
    publisher.publishEvent(new DistributionOpened(caseId, id, processVariables(opened, theCase)));
    return id;
  }

  /**
   * Enters the case's own applicant as a creditor if not yet (before a transfer in lieu, when the court chooses
   * among the creditors before any distribution exists).
   */
  public void enterOwnApplicant(String caseId, String by) {
    if (!records.hasOwnApplicantClaim(caseId)) {
      fileOwnApplicantClaim(cases.theCase(caseId), by, OffsetDateTime.now(clock));
    }
  }

  /** The case's own applicant joins with what its claim still lacks, seized on the case's first control measure. */
  private void fileOwnApplicantClaim(CaseView theCase, String by, OffsetDateTime now) {
    long lacking = theCase.amountClaimedFen() - theCase.recoveredFen();
    OpenCaseCommand.Party applicant = theCase.parties().stream().filter(p -> p.role().equals("APPLICANT")).findFirst()
        .orElse(null);
    if (lacking <= 0 || applicant == null) {
      return;
    }
    Seizure first = Seizure.first(measures.ofCase(theCase.id()).stream()).orElse(Seizure.NONE);
    records.insertClaim(theCase.id(), applicant.name(), applicant.idNumber(), theCase.caseNumber(), ClaimKind.ORDINARY, 0,
        lacking, first.on(), first.orderedAt(), true, by, now, null);
  }

  /**
   * When the creditor of another case on the platform seized the debtor's property: the earliest control measure of
   * that case on one of this case's assets, else on any asset (the records of enforcement's ControlMeasureService);
   * null when that case has none.
   */
  private Seizure seizureOf(String caseId, String seizureCaseId) {
    java.util.Set<String> assets = measures.ofCase(caseId).stream().map(MeasureView::assetKey)
        .collect(Collectors.toSet());
    List<MeasureView> theirs = measures.ofCase(seizureCaseId);
    return Seizure.first(theirs.stream().filter(m -> assets.contains(m.assetKey())))
        .or(() -> Seizure.first(theirs.stream())).orElse(Seizure.NONE);
  }

  /**
   * A creditor's seizure as the order of seizure counts it, from the control-measure records: the day it took effect
   * and the date and time of its order (which orders two seizures of the same day).
   */
  private record Seizure(LocalDate on, OffsetDateTime orderedAt) {
    static final Seizure NONE = new Seizure(null, null);

    static java.util.Optional<Seizure> first(java.util.stream.Stream<MeasureView> measures) {
      return measures.filter(m -> m.takenOn() != null)
          .min(Comparator.comparing(MeasureView::takenOn)
              .thenComparing(MeasureView::orderedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())))
          .map(m -> new Seizure(m.takenOn(), m.orderedAt()));
    }
  }

  Map<String, Object> processVariables(Distribution d) {
    return processVariables(d, cases.theCase(d.caseId()));
  }

  private Map<String, Object> processVariables(Distribution d, CaseView theCase) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", d.caseId());
    variables.put("distributionId", d.id());
    variables.put("executingCourtGroup", "court-" + theCase.executingCourtCode());
    variables.put("caseNumber", theCase.caseNumber());
    variables.put("claimsCloseAt", d.claimsCloseAt().toString());
    return variables;
  }

  /**
   * The asset passes to a creditor in lieu of payment at {@code valueFen} (拍卖变卖规定第十六条): the claim is credited only
   * with what it would receive if the value were distributed in the order of payment among the case's claims (costs,
   * the claims secured on this asset, then the ordinary claims with the shortfalls), once per disposal. The creditor
   * pays the rest of the value in; that money is distributed with the disposal (to the costs and the secured claims
   * before it). @return what the creditor must pay in (value − credited)
   */
  public long creditTransferInLieu(String caseId, long claimId, long valueFen, String disposalId, String by) {
    Claim claim = records.claim(claimId).filter(c -> c.caseId().equals(caseId))
        .orElseThrow(() -> new NotFoundException("本案没有该参与分配债权：" + claimId));
    String reference = "TIL-" + disposalId;
    Long earlier = payouts.amountPaid(reference).orElse(null);
    if (earlier != null) {
      return Math.max(0, valueFen - earlier);
    }
    List<ClaimInput> open = records.claimsOf(caseId).stream().filter(c -> c.remainingFen() > 0).map(Claim::input).toList();
    long credited = claim.remainingFen() == 0 ? 0
        : DistributionCalculator.creditInLieu(disposals.assetOfDisposal(disposalId), valueFen, open, claimId, ruleOf(caseId));
    if (payouts.pay(null, claim, credited, Payouts.Basis.TRANSFER_IN_LIEU, reference, by)) {
      cases.record(caseId, "TRANSFER_IN_LIEU_CREDITED", "以物抵债：" + claim.creditorName() + "按清偿顺序应受清偿 "
          + Money.yuan(credited) + "，其债权抵偿 " + Money.yuan(credited) + "，应补交差价 " + Money.yuan(valueFen - credited)
          + "（补交的价款按清偿顺序分配）", by);
    }
    return valueFen - credited;
  }

  /**
   * Of several creditors asking to take the same asset in lieu of payment, the one earlier in the order of payment on
   * it; equals by lot, drawn with {@code seed} (recorded by the caller, so the draw can be repeated).
   *
   * @throws InvalidRequestException when a candidate holds no claim in the case
   */
  @Transactional(readOnly = true)
  public TransfereeChoice chooseTransferee(String caseId, String disposalId, List<Long> candidateClaimIds, long seed) {
    Map<Long, Claim> claims = records.claimsOf(caseId).stream().filter(c -> c.kind() != ClaimKind.COSTS)
        .collect(Collectors.toMap(Claim::id, Function.identity()));
    List<Long> unknown = candidateClaimIds.stream().filter(id -> !claims.containsKey(id)).toList();
    if (candidateClaimIds.isEmpty() || !unknown.isEmpty()) {
      throw new InvalidRequestException("transfereeClaimId", "以物抵债须选择本案参与分配的债权人" + (unknown.isEmpty() ? ""
          : "（编号 " + unknown.stream().map(String::valueOf).collect(Collectors.joining("、")) + " 不是本案的债权）"));
    }
    List<ClaimInput> candidates = candidateClaimIds.stream().distinct().map(claims::get).map(Claim::input).toList();
    return TransfereeChoice.choose(disposals.assetOfDisposal(disposalId), candidates, ruleOf(caseId), seed);
  }

  /** The ordering rule of the case's ordinary claims: its latest distribution's, else pro rata. */
  private OrderingRule ruleOf(String caseId) {
    return records.latestOf(caseId).map(Distribution::rule).orElse(OrderingRule.PRO_RATA);
  }

  /** The case's claims (e.g. to choose the creditor of a transfer in lieu). */
  @Transactional(readOnly = true)
  public List<ClaimView> claims(String caseId) {
    return records.claimsOf(caseId).stream().map(ClaimView::of).toList();
  }

  @Transactional(readOnly = true)
  public List<ClaimView> claims(String caseId, CurrentUser user) {
    cases.visible(caseId, user);
    return claims(caseId);
  }

  /**
   * A creditor's claim, filed by the executing court or the command centre on the creditor's behalf, while the claims
   * window is open. The same creditor, title and kind again returns the claim filed before.
   */
  public Filed<ClaimView> fileClaim(String caseId, ClaimRequest request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    boolean ranked = request.kind() == ClaimKind.PRIORITY || request.kind() == ClaimKind.SECURED;
    List<FieldError> errors = new ArrayList<>();
    if (ranked && (request.rank() == null || request.rank() < 1)) {
      errors.add(FieldError.of("rank", "优先受偿债权和担保债权应填写受偿顺位（1 为最先）"));
    }
    Long collateral = request.collateralMeasureId();
    if (ranked && collateral == null) {
      errors.add(FieldError.of("collateralMeasureId", "优先受偿债权和担保债权应写明其担保的本案财产（查封、扣押、冻结该财产的控制措施编号）"));
    } else if (ranked && measures.ofCase(caseId).stream().noneMatch(m -> m.id() == collateral.longValue())) {
      errors.add(FieldError.of("collateralMeasureId", "本案没有该控制措施：" + collateral));
    } else if (!ranked && collateral != null) {
      errors.add(FieldError.of("collateralMeasureId", "只有优先受偿债权和担保债权写明担保物"));
    }
    if (request.seizedOn() != null) {
      errors.add(FieldError.of("seizedOn", "查封顺序以控制措施记录为准，不能填写日期：请填写债权人在本平台查封被执行人财产的执行案件（seizureCaseId）"));
    }
    Seizure seizure = Seizure.NONE;
    String seizureCase = request.seizureCaseId() == null || request.seizureCaseId().isBlank() ? null
        : request.seizureCaseId().trim();
    if (seizureCase != null) {
      seizure = seizureOf(caseId, seizureCase);
      if (seizure.on() == null) {
        errors.add(FieldError.of("seizureCaseId", "该案没有查封、扣押、冻结被执行人财产的控制措施记录：" + seizureCase));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String idNumber = request.creditorIdNumber().trim().toUpperCase();
    String title = request.titleNumber().trim();
    var earlier = records.findClaim(caseId, idNumber, title, request.kind());
    if (earlier.isPresent()) {
      return new Filed<>(ClaimView.of(earlier.get()), false);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    records.latestOf(caseId).map(d -> records.lock(d.id())).ifPresent(d -> {
      boolean planned = d.status() != DistributionStatus.CLAIMS_OPEN && d.status() != DistributionStatus.PAID;
      if (planned || (d.status() == DistributionStatus.CLAIMS_OPEN && !now.isBefore(d.claimsCloseAt()))) {
        throw new ConflictException("债权申报期限已届满，分配方案已制作，不能再申报参与本次分配");
      }
    });
    long id = records.insertClaim(caseId, request.creditorName().trim(), idNumber, title, request.kind(),
        ranked ? request.rank() : 0, request.amountFen(), seizure.on(), seizure.orderedAt(), false, user.userId(), now,
        collateral);
    if (seizureCase != null) {
      records.seizureCase(id, seizureCase);
    }
    cases.record(caseId, "DISTRIBUTION_CLAIM_FILED", request.creditorName().trim() + "申请参与分配：" + request.kind().label() + " "
        + Money.yuan(request.amountFen()) + "（执行依据 " + title + "）", user.userId());
    return new Filed<>(ClaimView.of(records.claim(id).orElseThrow()), true);
  }

  /** The case's latest distribution with its plan and objections (404 when the case has none). */
  @Transactional(readOnly = true)
  public PlanView plan(String caseId, CurrentUser user) {
    cases.visible(caseId, user);
    Distribution d = records.latestOf(caseId).orElseThrow(() -> new NotFoundException("本案尚未启动参与分配"));
    Map<Long, Claim> claims = records.claimsOf(caseId).stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    List<PlanView.Share> shares = records.sharesOf(d.id()).stream().map(s -> {
      Claim c = claims.get(s.claimId());
      return new PlanView.Share(s.claimId(), s.position(), c.creditorName(), c.kind(), c.kind().label(), s.claimedFen(),
          s.shareFen(), s.heldFen(), s.paidFen(), s.claimedFen() - s.shareFen());
    }).toList();
    List<PlanView.Objection> objections = records.objectionsOf(d.id()).stream().map(o -> new PlanView.Objection(o.id(),
        o.objectorClaimId(), o.byDebtor() ? "被执行人" + (o.objectorName() == null ? "" : o.objectorName())
            : claims.get(o.objectorClaimId()).creditorName(), o.byDebtor(), o.targetClaimId(),
        claims.get(o.targetClaimId()).creditorName(), o.disputedFen(), o.reason(), o.status(), o.status().label(),
        o.counterReason(), o.lawsuitNumber(), o.objectorAwardedFen(), o.filedBy(), o.filedAt(), o.updatedBy(), o.updatedAt()))
        .toList();
    return new PlanView(d.id(), d.status(), d.status().label(), d.rule(), d.rule().label(), d.distributableFen(),
        d.surplusFen(), d.planVersion(), d.claimsCloseAt(), d.notifiedAt(), d.objectionsCloseAt(), d.counterCloseAt(),
        d.lawsuitsCloseAt(), d.approvedBy(), d.closedAt(), shares, objections, lastDay(d.claimsCloseAt()),
        lastDay(d.objectionsCloseAt()), lastDay(d.counterCloseAt()), lastDay(d.lawsuitsCloseAt()),
        seizureOrder(cases.theCase(caseId)));
  }

  private PlanView.SeizureOrder seizureOrder(CaseView theCase) {
    var fact = eligibility.fact(theCase.id());
    return new PlanView.SeizureOrder(eligibility.problem(theCase).isEmpty(), eligibility.problem(theCase).orElse(null),
        fact.map(f -> f.outcome()).orElse(null), fact.map(f -> f.basis()).orElse(null),
        fact.map(f -> f.recordedBy()).orElse(null), fact.map(f -> f.recordedAt()).orElse(null));
  }

  /**
   * For the managers' statistics (the system, no person): the windows of served plans open now — the objection to the
   * plan, the other side's counter-objection, the objector's lawsuit (民诉法解释第五百零九、五百一十条, 15 days each).
   */
  @Transactional(readOnly = true)
  public List<cn.court.crossexec.disposal.ObjectionWindow> openObjectionWindows() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<cn.court.crossexec.disposal.ObjectionWindow> open = new ArrayList<>();
    for (Distribution d : records.unfinished()) {
      OffsetDateTime closesAt = switch (d.status()) {
        case NOTIFIED -> d.objectionsCloseAt();
        case OBJECTIONS -> d.counterCloseAt();
        case COUNTERED -> d.lawsuitsCloseAt();
        default -> null;
      };
      if (closesAt != null && now.isBefore(closesAt)) {
        String what = switch (d.status()) {
          case NOTIFIED -> "分配方案异议期";
          case OBJECTIONS -> "分配方案异议的反对意见期";
          default -> "分配方案异议之诉起诉期";
        };
        open.add(new cn.court.crossexec.disposal.ObjectionWindow(d.caseId(), d.id(), what, closesAt));
      }
    }
    return open;
  }

  /** The last day of a window that closes at {@code closesAt} (24:00 of that day: the first instant of the next). */
  private LocalDate lastDay(OffsetDateTime closesAt) {
    return closesAt == null ? null : calendar.dayOf(closesAt.minusNanos(1));
  }

  /**
   * Records that the debtor's transfer to bankruptcy was refused or not consented to (民诉法解释第五百一十四条): with a
   * corporate debtor, the ordinary claims may then be paid in the order of seizure. System-facing: the bankruptcy
   * capability will call this when it exists; {@code by} is who decided.
   */
  public void recordBankruptcyTransferFailed(String caseId, BankruptcyTransferOutcome outcome, String basis, String by) {
    eligibility.record(caseId, outcome, basis.trim(), by, OffsetDateTime.now(clock));
    cases.record(caseId, "BANKRUPTCY_TRANSFER_FAILED", "执行转破产未成：" + outcome.label() + "（" + basis.trim() + "）", by);
  }

  /** The same, by the executing court or the command centre of the case. */
  public void recordBankruptcyTransferFailed(String caseId, BankruptcyTransferRequest request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    recordBankruptcyTransferFailed(caseId, request.outcome(), request.basis(), user.userId());
  }

  @Transactional(readOnly = true)
  public List<PayoutView> payouts(String caseId, CurrentUser user) {
    cases.visible(caseId, user);
    return payouts.ofCase(caseId);
  }
}
