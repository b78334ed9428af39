package cn.court.crossexec.disposal;

import cn.court.crossexec.enforcement.CaseDirectory;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.CaseFacts;
import cn.court.crossexec.enforcement.CaseMessage;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a disposal outside its tasks: object to the reference price, mark an asset perishable, and —
 * for the bankruptcy screening — hold a core asset and decide on it. Reads of a case's disposals and auctions.
 */
@Service
@Transactional
public class DisposalService {

  private final Disposals disposals;
  private final CaseDirectory cases;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final ControlMeasureService measures;

  DisposalService(Disposals disposals, CaseDirectory cases, ApplicationEventPublisher publisher, Clock clock,
      ControlMeasureService measures) {
    this.disposals = disposals;
    this.cases = cases;
    this.publisher = publisher;
    this.clock = clock;
    this.measures = measures;
  }

  @Transactional(readOnly = true)
  public List<DisposalView> disposals(String caseId, CurrentUser user) {
    cases.visible(caseId, user);
    return disposals.ofCase(caseId).stream().map(DisposalView::of).toList();
  }

  /** For another capability (the system, no person; the caller checks access): the disposals of one case. */
  @Transactional(readOnly = true)
  public List<DisposalView> disposalsForSystem(String caseId) {
    return disposals.ofCase(caseId).stream().map(DisposalView::of).toList();
  }

  /** For the managers' statistics (the system, no person): every reference-price objection period open now. */
  @Transactional(readOnly = true)
  public List<ObjectionWindow> openPriceObjectionWindows() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return disposals.inPriceObjectionPeriod(now).stream()
        .map(d -> new ObjectionWindow(d.caseId(), d.id(), "参考价异议：" + d.label(), d.priceObjectionUntil()))
        .toList();
  }

  /** For the distribution (the system, no person): the disposals whose money a distribution took. */
  public List<DisposalView> disposalsOfDistribution(String distributionId) {
    return disposals.ofDistribution(distributionId).stream().map(DisposalView::of).toList();
  }

  /**
   * For the distribution (the system): the disposal's proceeds go into this distribution, once. False when the
   * disposal is not of this case or already distributed. Runs in the caller's transaction.
   */
  public boolean takeIntoDistribution(String disposalId, String caseId, String distributionId) {
    return disposals.takeIntoDistribution(disposalId, caseId, distributionId);
  }

  /** For the distribution (the system, no person): one disposal. */
  public Optional<DisposalView> disposalForSystem(String disposalId) {
    return disposals.find(disposalId).map(DisposalView::of);
  }

  @Transactional(readOnly = true)
  public List<AuctionView> auctions(String caseId, CurrentUser user) {
    cases.visible(caseId, user);
    return disposals.auctionsOfCase(caseId).stream().map(AuctionView::of).toList();
  }

  /**
   * A party's objection to the reference price, within the objection period after it was served; the court reviews
   * it in its task. Recorded by the executing court (or its command centre) for the party, or by the applicant.
   */
  public long objectToPrice(String caseId, String disposalId, DisposalRequests.PriceObjection request, CurrentUser user) {
    CaseFacts facts = cases.visible(caseId, user);
    Disposal d = disposalOf(caseId, disposalId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (d.status() != DisposalStatus.PRICED || d.priceObjectionUntil() == null || !now.isBefore(d.priceObjectionUntil())) {
      throw new ConflictException("不在参考价异议期内");
    }
    long id = disposals.objectToPrice(d.id(), request.objector(), request.reason(), user.userId(), now);
    cases.record(caseId, "REFERENCE_PRICE_OBJECTED", request.objector() + "对" + d.label() + "的参考价提出异议：" + request.reason(),
        user.userId());
    publisher.publishEvent(new CaseMessage(facts.caseId(), "ReferencePriceObjected",
        Map.of("priceObjectionText", request.objector() + "：" + request.reason()), true, "disposalId", d.id(),
        "该财产当前不在参考价异议期内"));
    return id;
  }

  /** The executing court marks goods as perishable before they are disposed of: they are sold at once. */
  public void markPerishable(String caseId, long measureId, boolean perishable, CurrentUser user) {
    cases.executedBy(caseId, user);
    requireUndisposed(caseId, measureId);
    disposals.markPerishable(measureId, perishable);
    cases.record(caseId, "ASSET_PERISHABLE", "措施 " + measureId + " 所涉财产" + (perishable ? "标记为" : "取消标记")
        + "鲜活易腐财产", user.userId());
  }

  /**
   * The bankruptcy screening (command centre) holds a core asset of a viable enterprise back from disposal, or decides
   * on it: released, its disposal goes on; retained for the reorganization, its disposal ends.
   */
  public void holdCoreAsset(String caseId, long measureId, DisposalRequests.CoreAssetHold request, CurrentUser user) {
    cases.coordinatedBy(caseId, user);
    if (!measureOfCase(caseId, measureId)) {
      throw new NotFoundException("未找到措施：" + measureId);
    }
    String current = disposals.holdOf(measureId);
    var disposal = disposals.ofCase(caseId).stream().filter(d -> d.measureId() == measureId).findFirst();
    if (request.hold() == DisposalRequests.Hold.HELD) {
      if (disposal.isPresent() && disposal.get().status() != DisposalStatus.VALUING && disposal.get().status() != DisposalStatus.HELD) {
        throw new ConflictException("该财产的处置已进入" + disposal.get().status().label() + "阶段，不能再暂缓");
      }
    } else if (!"HELD".equals(current)) {
      throw new ConflictException("该财产未被标记为暂缓处置的核心资产");
    }
    disposals.hold(measureId, request.hold().name());
    cases.record(caseId, "CORE_ASSET_" + request.hold().name(), switch (request.hold()) {
      case HELD -> "破产审查：标记为有挽救价值企业的核心资产，暂缓处置：";
      case RELEASED -> "破产审查决定不予保留，恢复处置：";
      case RETAINED -> "破产审查决定留作重整核心资产：";
    } + request.reason(), user.userId());
    if (request.hold() != DisposalRequests.Hold.HELD && disposal.isPresent()) {
      // the disposal waiting for the decision (if it waits yet) goes on; one not yet there reads the decision itself
      publisher.publishEvent(CaseMessage.forInstanceWith(caseId, "CoreAssetScreeningDecided", "disposalId", disposal.get().id()));
    }
  }

  /**
   * For the bankruptcy screening (the system, no person; the linkage checked the debtor): holds a seized asset of a
   * viable enterprise back from disposal ({@code hold}), or releases one it held. An asset whose disposal is already past
   * valuation is not held (its sale goes on; that is no error here), and only a held asset is released.
   * @return whether the asset's hold changed
   */
  public boolean holdCoreAssetForSystem(String caseId, long measureId, boolean hold, String reason, String by) {
    if (!measureOfCase(caseId, measureId)) {
      throw new NotFoundException("未找到措施：" + measureId);
    }
    String current = disposals.holdOf(measureId);
    var disposal = disposals.ofCase(caseId).stream().filter(d -> d.measureId() == measureId).findFirst();
    if (hold) {
      if ("HELD".equals(current) || "RETAINED".equals(current) || (disposal.isPresent()
          && disposal.get().status() != DisposalStatus.VALUING && disposal.get().status() != DisposalStatus.HELD)) {
        return false;
      }
    } else if (!"HELD".equals(current)) {
      return false;
    }
    DisposalRequests.Hold state = hold ? DisposalRequests.Hold.HELD : DisposalRequests.Hold.RELEASED;
    disposals.hold(measureId, state.name());
    cases.record(caseId, "CORE_ASSET_" + state.name(), (hold ? "破产审查：标记为有挽救价值企业的核心资产，暂缓处置："
        : "破产审查决定不予保留，恢复处置：") + reason, by);
    if (!hold && disposal.isPresent()) {
      publisher.publishEvent(CaseMessage.forInstanceWith(caseId, "CoreAssetScreeningDecided", "disposalId", disposal.get().id()));
    }
    return true;
  }

  private boolean measureOfCase(String caseId, long measureId) {
    return measures.ofCase(caseId).stream().anyMatch(m -> m.id() == measureId);
  }

  private void requireUndisposed(String caseId, long measureId) {
    if (!measureOfCase(caseId, measureId)) {
      throw new NotFoundException("未找到措施：" + measureId);
    }
    disposals.ofCase(caseId).stream().filter(d -> d.measureId() == measureId && d.status() != DisposalStatus.VALUING
        && d.status() != DisposalStatus.HELD).findFirst().ifPresent(d -> {
          throw new ConflictException("该财产已在处置中（" + d.status().label() + "）");
        });
  }

  private Disposal disposalOf(String caseId, String disposalId) {
    return disposals.find(disposalId).filter(d -> d.caseId().equals(caseId))
        .orElseThrow(() -> new NotFoundException("未找到处置财产：" + disposalId));
  }
}
