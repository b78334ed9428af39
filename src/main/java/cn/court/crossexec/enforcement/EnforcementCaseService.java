package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Money;
import org.springframework.security.access.AccessDeniedException;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.workflow.Groups;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinated enforcement cases. Today a case is opened when a cross-execution decision hands it over; its
 * lifecycle (hand-over, investigation, joint work, measures, deadlines, closing) comes with the
 * coordinated-enforcement model.
 */
@Service
@Transactional
public class EnforcementCaseService {

  /** A result and whether this call created it (a repeated payment with the same reference creates nothing). */
  public record Recorded<T>(T value, boolean created) {}

  private final EnforcementCaseRepository cases;
  private final CaseEventRepository events;
  private final CasePaymentRepository payments;
  private final Clock clock;

  EnforcementCaseService(EnforcementCaseRepository cases, CaseEventRepository events, CasePaymentRepository payments,
      Clock clock) {
    this.cases = cases;
    this.events = events;
    this.payments = payments;
    this.clock = clock;
  }

  /** Opens the case once: the same hand-off received again returns the case already opened. */
  public CaseView open(OpenCaseCommand command) {
    var existing = cases.findById(command.caseId());
    if (existing.isPresent()) {
      return view(existing.get(), true);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    EnforcementCase opened = cases.saveAndFlush(new EnforcementCase(command, now));
    events.save(new CaseEvent(opened.getId(), "OPENED",
        "交叉执行决定移交：" + command.caseNumber() + "，执行法院 " + command.executingCourtCode(), command.openedBy(), now));
    return view(opened, true);
  }

  @Transactional(readOnly = true)
  public CaseView get(String id, CurrentUser user) {
    return view(visible(id, user), true);
  }

  /**
   * Money received (执行款到账) by the executing court or the coordinating centre; the case's recovered amount
   * grows by it, to the fen. A payment repeated with the same reference (bank serial number) is recorded once.
   */
  public Recorded<PaymentView> recordPayment(String caseId, PaymentRequest request, CurrentUser user) {
    EnforcementCase found = visible(caseId, user);
    if (!found.receivesMoneyAt(Groups.courtsOf(user.groupIds()))) {
      throw new AccessDeniedException("only the executing court or the coordinating centre records payments");
    }
    if (request.receivedOn().isBefore(found.getFiledOn())) {
      throw new InvalidRequestException("receivedOn", "到账日期不能早于立案日期");
    }
    if (request.reference() != null && !request.reference().isBlank()) {
      var earlier = payments.findByCaseIdAndReference(caseId, request.reference().trim());
      if (earlier.isPresent()) {
        return new Recorded<>(paymentView(earlier.get(), found), false);
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CasePayment payment = payments.saveAndFlush(new CasePayment(caseId, request, user.userId(), now));
    found.received(request.amountFen());
    events.save(new CaseEvent(caseId, "PAYMENT_RECEIVED",
        request.channel().label() + " " + Money.yuan(request.amountFen()) + "（付款人：" + payment.getPayer() + "）",
        user.userId(), now));
    return new Recorded<>(paymentView(payment, found), true);
  }

  @Transactional(readOnly = true)
  public List<PaymentView> payments(String caseId, CurrentUser user) {
    EnforcementCase found = visible(caseId, user);
    return payments.findByCaseIdOrderByReceivedOnAscIdAsc(caseId).stream().map(p -> paymentView(p, found)).toList();
  }

  private EnforcementCase visible(String id, CurrentUser user) {
    EnforcementCase found = cases.findById(id).orElseThrow(() -> new NotFoundException("未找到案件：" + id));
    if (!seesAll(user) && !found.involves(Groups.courtsOf(user.groupIds()))) {
      throw new NotFoundException("未找到案件：" + id); // 404, not 403: nothing leaks about other courts' cases
    }
    return found;
  }

  private static PaymentView paymentView(CasePayment p, EnforcementCase c) {
    return new PaymentView(p.getId(), p.getAmountFen(), p.getReceivedOn(), p.getPayer(), p.getChannel(), p.getReference(),
        p.getRecordedBy(), p.getRecordedAt(), c.getRecoveredFen());
  }

  /** The cases the user's courts take part in (all for managers), optionally filtered. */
  @Transactional(readOnly = true)
  public List<CaseView> list(CurrentUser user, String courtCode, CaseStatus status, String mode) {
    Set<String> mine = Groups.courtsOf(user.groupIds());
    List<EnforcementCase> visible = seesAll(user) ? cases.findAllByOrderByOpenedAtDesc() : mine.isEmpty() ? List.of() : cases.findInvolvingCourts(mine);
    return visible.stream()
        .filter(c -> courtCode == null || c.involves(Set.of(courtCode)))
        .filter(c -> status == null || c.getStatus() == status)
        .filter(c -> mode == null || c.getMode().equals(mode))
        .map(c -> view(c, false))
        .toList();
  }

  private static boolean seesAll(CurrentUser user) {
    return user.isMemberOf(Groups.MANAGERS) || user.isMemberOf(Groups.ADMINS);
  }

  private CaseView view(EnforcementCase c, boolean withTimeline) {
    return new CaseView(
        c.getId(), c.getApplicationId(), c.getCaseNumber(), c.getCategory(), c.getMode(), c.getStatus(), c.getStatus().label(),
        c.getCoordinatingCourtCode(), c.getExecutingCourtCode(), c.getOriginalCourtCode(), c.getFiledOn(),
        c.getAmountClaimedFen(), c.getRecoveredFen(),
        c.getCourts().stream().map(k -> new OpenCaseCommand.CourtInRole(k.getCourtCode(), k.getRole())).toList(),
        c.getParties().stream().map(p -> new OpenCaseCommand.Party(p.getRole(), p.getName(), p.getType(), p.getIdNumber())).toList(),
        c.getOpenedBy(), c.getOpenedAt(),
        withTimeline
            ? events.findByCaseIdOrderByOccurredAtAscIdAsc(c.getId()).stream()
                .map(e -> new CaseView.Event(e.getType(), e.getDetail(), e.getActor(), e.getOccurredAt())).toList()
            : null);
  }
}
