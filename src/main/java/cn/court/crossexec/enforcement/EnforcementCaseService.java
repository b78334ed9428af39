package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Money;
import org.springframework.security.access.AccessDeniedException;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.platform.Groups;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinated enforcement cases: opened when a cross-execution decision hands one over (then its process,
 * coordinated-enforcement, runs the lifecycle), listed and shown to the courts taking part, and paid into.
 * Centralized cases (集中执行) against one debtor join one group under one executing court.
 */
@Service
@Transactional
public class EnforcementCaseService {

  /** A result and whether this call created it (a repeated payment with the same reference creates nothing). */
  public record Recorded<T>(T value, boolean created) {}

  private final EnforcementCaseRepository cases;
  private final CaseEventRepository events;
  private final CasePaymentRepository payments;
  private final CaseGroupRepository groups;
  private final WorkItemRepository items;
  private final CaseAccess access;
  private final org.springframework.context.ApplicationEventPublisher publisher;
  private final Clock clock;
  private EnforcementNumbers numbers;
  private cn.court.crossexec.court.CourtService courtDirectory;

  private cn.court.crossexec.calendar.LegalCalendar calendar;
  private EnforcementProperties limits;

  @org.springframework.beans.factory.annotation.Autowired
  void handOverLimits(cn.court.crossexec.calendar.LegalCalendar calendar, EnforcementProperties limits) {
    this.calendar = calendar;
    this.limits = limits;
  }

  @org.springframework.beans.factory.annotation.Autowired
  void numbering(EnforcementNumbers numbers, cn.court.crossexec.court.CourtService courtDirectory) {
    this.numbers = numbers;
    this.courtDirectory = courtDirectory;
  }

  EnforcementCaseService(EnforcementCaseRepository cases, CaseEventRepository events, CasePaymentRepository payments,
      CaseGroupRepository groups, WorkItemRepository items, CaseAccess access,
      org.springframework.context.ApplicationEventPublisher publisher, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.payments = payments;
    this.groups = groups;
    this.items = items;
    this.access = access;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Opens the case once: the same hand-off received again returns the case already opened. */
  public CaseView open(OpenCaseCommand command) {
    var existing = cases.findById(command.caseId());
    if (existing.isPresent()) {
      return view(existing.get(), true);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    EnforcementCase created = new EnforcementCase(command, now);
    if (numbers != null) {
      created.numbered(numbers.next(command.executingCourtCode(),
          courtDirectory.get(command.executingCourtCode()).designator(), java.time.LocalDate.now(clock).getYear()));
    }
    EnforcementCase opened = cases.saveAndFlush(created);
    events.save(new CaseEvent(opened.getId(), "OPENED",
        "交叉执行决定移交：" + command.caseNumber() + "，执行法院 " + command.executingCourtCode(), command.openedBy(), now));
    if ("CENTRALIZED".equals(command.mode())) {
      joinGroup(opened, command, now);
    }
    return view(opened, true);
  }

  /**
   * A centralized case joins the group of its debtor under the same coordinating court, or starts it: all the cases
   * of a group are run by the group's executing court (the first decision's), so one court holds and distributes.
   */
  private void joinGroup(EnforcementCase opened, OpenCaseCommand command, OffsetDateTime now) {
    OpenCaseCommand.Party debtor = command.parties().stream().filter(p -> p.role().equals("DEBTOR")).findFirst().orElse(null);
    if (debtor == null) {
      return;
    }
    CaseGroup group = groups.findByDebtorIdNumberAndCoordinatingCourtCode(debtor.idNumber(), command.coordinatingCourtCode())
        .orElseGet(() -> groups.saveAndFlush(new CaseGroup(java.util.UUID.randomUUID().toString(), debtor.idNumber(),
            debtor.name(), command.coordinatingCourtCode(), command.executingCourtCode(), now)));
    boolean moved = !group.getExecutingCourtCode().equals(command.executingCourtCode());
    opened.joinGroup(group.getId(), group.getExecutingCourtCode());
    if (moved) {
      opened.addCourt(group.getExecutingCourtCode(), "EXECUTING");
    }
    events.save(new CaseEvent(opened.getId(), "GROUPED", "并入被执行人" + debtor.name() + "的集中执行组，由 "
        + group.getExecutingCourtCode() + " 统一执行" + (moved ? "（决定所定执行法院 " + command.executingCourtCode() + " 改为协助）" : ""),
        command.openedBy(), now));
  }

  /** A centralized group with its cases and what they claim and have recovered together. */
  @Transactional(readOnly = true)
  public CaseGroupView group(String groupId, CurrentUser user) {
    CaseGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("未找到集中执行组：" + groupId));
    List<EnforcementCase> members = cases.findByCaseGroupIdOrderByOpenedAtAsc(groupId);
    if (!CaseAccess.seesAll(user) && members.stream().noneMatch(c -> c.involves(CaseAccess.courtsOf(user)))) {
      throw new NotFoundException("未找到集中执行组：" + groupId);
    }
    return new CaseGroupView(group.getId(), group.getDebtorName(), group.getDebtorIdNumber(), group.getCoordinatingCourtCode(),
        group.getExecutingCourtCode(), members.size(),
        members.stream().mapToLong(EnforcementCase::getAmountClaimedFen).reduce(0, Math::addExact),
        members.stream().mapToLong(EnforcementCase::getRecoveredFen).reduce(0, Math::addExact),
        members.stream().map(c -> view(c, false)).toList());
  }

  @Transactional(readOnly = true)
  public CaseView get(String id, CurrentUser user) {
    return view(visible(id, user), true);
  }

  /** The case as the system reads it (another capability's worker or service; no person behind it), without timeline. */
  @Transactional(readOnly = true)
  public CaseView getForSystem(String id) {
    return view(cases.findById(id).orElseThrow(() -> new NotFoundException("未找到案件：" + id)), false);
  }

  /**
   * Every case against one debtor, at every court, for a person whose court takes part in at least one of them
   * (managers: any debtor); empty otherwise, so a debtor another court deals with alone stays unknown to them.
   */
  @Transactional(readOnly = true)
  public List<CaseView> againstDebtorSeenBy(String idNumber, CurrentUser user) {
    List<EnforcementCase> against = cases.findAgainstDebtor(idNumber);
    if (against.stream().noneMatch(c -> access.takesPart(c, user))) {
      return List.of();
    }
    return against.stream().map(c -> view(c, false)).toList();
  }

  /**
   * Every case against one debtor, at every court, as the system reads it (the bankruptcy linkage's workers: the
   * screening counts the cases and their debts, the art. 514 record reaches each of them); no person behind it.
   */
  @Transactional(readOnly = true)
  public List<CaseView> againstDebtorForSystem(String idNumber) {
    return cases.findAgainstDebtor(idNumber).stream().map(c -> view(c, false)).toList();
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
    return book(found, request, user.userId());
  }

  /**
   * Money the system books on the case itself (e.g. a distribution's payout to the case's own applicant): the same
   * rules as {@link #recordPayment} (a reference is booked once; a closed case takes none), with the system as actor.
   */
  public Recorded<PaymentView> recordSystemPayment(String caseId, PaymentRequest request) {
    EnforcementCase found = cases.findById(caseId).orElseThrow(() -> new NotFoundException("未找到案件：" + caseId));
    return book(found, request, CaseSteps.SYSTEM);
  }

  private Recorded<PaymentView> book(EnforcementCase found, PaymentRequest request, String by) {
    String caseId = found.getId();
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
    if (found.getStatus().isClosed()) {
      throw new cn.court.crossexec.platform.ConflictException("案件已结案（" + found.getStatus().label() + "），不能登记到账");
    }
    CasePayment payment = payments.saveAndFlush(new CasePayment(caseId, request, by, now));
    found.received(request.amountFen());
    events.save(new CaseEvent(caseId, "PAYMENT_RECEIVED",
        request.channel().label() + " " + Money.yuan(request.amountFen()) + "（付款人：" + payment.getPayer() + "）",
        by, now));
    if (found.getRecoveredFen() >= found.getAmountClaimedFen()) {
      // the claim is met: the case's process closes it as fully performed (if it is at a point to do so)
      publisher.publishEvent(new CaseMessage(caseId, "PerformedInFull", java.util.Map.of("closingNote",
          "执行款足额到账，共 " + Money.yuan(found.getRecoveredFen())), false, null, null, null));
    }
    return new Recorded<>(paymentView(payment, found), true);
  }

  @Transactional(readOnly = true)
  public List<PaymentView> payments(String caseId, CurrentUser user) {
    EnforcementCase found = visible(caseId, user);
    return payments.findByCaseIdOrderByReceivedOnAscIdAsc(caseId).stream().map(p -> paymentView(p, found)).toList();
  }

  private EnforcementCase visible(String id, CurrentUser user) {
    return access.visible(id, user);
  }

  private static PaymentView paymentView(CasePayment p, EnforcementCase c) {
    return new PaymentView(p.getId(), p.getAmountFen(), p.getReceivedOn(), p.getPayer(), p.getChannel(), p.getReference(),
        p.getRecordedBy(), p.getRecordedAt(), c.getRecoveredFen());
  }

  /** The cases the user's courts take part in (all for managers; a party its own), optionally filtered. */
  @Transactional(readOnly = true)
  public List<CaseView> list(CurrentUser user, String courtCode, CaseStatus status, String mode, String category, Boolean overdue) {
    Set<String> mine = Groups.courtsOf(user.groupIds());
    List<EnforcementCase> visible = CaseAccess.seesAll(user) ? cases.findAllByOrderByOpenedAtDesc()
        : !mine.isEmpty() ? cases.findInvolvingCourts(mine)
        : cases.findByApplicantUserIdOrderByOpenedAtDesc(user.userId()); // a party: the cases of its own applications
    return visible.stream()
        .filter(c -> courtCode == null || c.involves(Set.of(courtCode)))
        .filter(c -> status == null || c.getStatus() == status)
        .filter(c -> mode == null || c.getMode().equals(mode))
        .filter(c -> category == null || c.getCategory().equals(category))
        .map(c -> view(c, false))
        .filter(c -> overdue == null || c.overdue() == overdue)
        .toList();
  }

  /**
   * Read-only statistics rows of the cases executed by the given courts (the managers' dashboard reads cases through
   * this, not by SQL of its own). Empty courts, empty result.
   */
  @Transactional(readOnly = true)
  public List<CaseStatsRow> statsRows(java.util.Collection<String> executingCourts) {
    return executingCourts.isEmpty() ? List.of() : cases.statsRows(executingCourts);
  }

  /**
   * For the managers' statistics (the system, no person): the hand-over steps not yet done of the open cases the given
   * courts execute. The handler is due within the handler period of the hand-over day, the notice within the notice
   * period of the day the handler was named, both counted by the legal calendar as the model counts its timers.
   */
  @Transactional(readOnly = true)
  public List<HandOverStep> pendingHandOverSteps(java.util.Collection<String> executingCourts) {
    if (executingCourts.isEmpty()) {
      return List.of();
    }
    List<HandOverStep> steps = new java.util.ArrayList<>();
    for (EnforcementCase c : cases.findOpenExecutedBy(executingCourts)) {
      String reminder = c.getOverdueStep();
      if (c.getHandlerAssignedAt() == null) {
        java.time.LocalDate last = calendar.lastDay(calendar.dayOf(c.getOpenedAt()), limits.handlerPeriod());
        steps.add(step(c, "HANDLER", reminder != null ? reminder : "签收案卷并指定承办人", last, reminder != null));
      } else if (c.getNoticeServedOn() == null) {
        java.time.LocalDate last = calendar.lastDay(calendar.dayOf(c.getHandlerAssignedAt()), limits.noticePeriod());
        steps.add(step(c, "NOTICE", reminder != null ? reminder : "发出执行通知书和报告财产令", last, reminder != null));
      } else if (reminder != null) {
        steps.add(step(c, "INVESTIGATION", reminder, null, true));
      }
    }
    return steps;
  }

  private static HandOverStep step(EnforcementCase c, String step, String what, java.time.LocalDate lastDay, boolean reminded) {
    return new HandOverStep(c.getId(), c.getCaseNumber(), c.getEnforcementNumber(), c.getExecutingCourtCode(), step, what,
        lastDay, reminded);
  }

  /** Why a case is overdue: a hand-over step past its limit, the six-month limit passed, overdue work items. */
  private List<String> overdueReasons(EnforcementCase c) {
    if (c.getStatus().isClosed() || c.getStatus() == CaseStatus.TERMINATED_FOR_NOW) {
      return List.of();
    }
    List<String> reasons = new java.util.ArrayList<>();
    if (c.getOverdueStep() != null) {
      reasons.add(c.getOverdueStep());
    }
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    if (c.getLimitDueOn() != null && c.getLimitDueOn().isBefore(today)) {
      reasons.add("执行期限已于 " + c.getLimitDueOn() + " 届满");
    }
    items.findByCaseIdAndStatus(c.getId(), WorkItem.Status.OPEN).stream()
        .filter(w -> w.isOverdue() || w.getDueOn().isBefore(today))
        .forEach(w -> reasons.add(w.getCourtCode() + "“" + w.getType().label() + "”逾期（期限 " + w.getDueOn() + "）"));
    return reasons;
  }

  private CaseView view(EnforcementCase c, boolean withTimeline) {
    List<String> reasons = overdueReasons(c);
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
            : null,
        c.getEnforcementFiledOn(), c.getLimitDueOn(), c.getHandlerName(), !reasons.isEmpty(), reasons, c.getCaseGroupId(),
        c.getClosedOn(), c.getClosingNote(), c.getCaseType(), c.getResumedOn(), c.getEnforcementNumber());
  }
}
