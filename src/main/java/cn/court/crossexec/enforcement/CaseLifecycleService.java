package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may change the course of a case at any time: a settlement (then watched), its breach, full voluntary
 * performance, the creditor's withdrawal, resumption after 终本; and the six-month limit's excluded periods and
 * extension requests. Each change is recorded and handed to the case's process in the same transaction; a process
 * that is not at a point where the change is possible refuses it (409) and nothing is written.
 */
@Service
@Transactional
public class CaseLifecycleService {

  private final CaseAccess access;
  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final ExtensionRequestRepository extensions;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher publisher;
  private final CaseInquiries inquiries;

  CaseLifecycleService(CaseAccess access, CaseSteps steps, EnforcementProperties limits,
      ExtensionRequestRepository extensions, JdbcTemplate jdbc, ApplicationEventPublisher publisher, CaseInquiries inquiries) {
    this.inquiries = inquiries;
    this.access = access;
    this.steps = steps;
    this.limits = limits;
    this.extensions = extensions;
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  public void settle(String caseId, CaseActionRequests.Settlement request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireStatus(theCase, CaseStatus.OPEN, "只有执行中的案件可以登记和解");
    if (request.performBy().isBefore(steps.today())) {
      throw new InvalidRequestException("performBy", "履行期限不能早于今天");
    }
    if (request.agreedOn().isBefore(theCase.getEnforcementFiledOn())) {
      throw new InvalidRequestException("agreedOn", "和解日期不能早于立案日期");
    }
    theCase.settle(request.terms().trim(), request.performBy());
    steps.record(caseId, "SETTLEMENT_REACHED", "达成执行和解：" + theCase.getSettlementTerms() + "；履行期限 "
        + request.performBy(), user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, "SettlementReached", Map.of(
        "settlementDueAt", steps.endOf(request.performBy()),
        "settlementDueText", CaseSteps.text(request.performBy()),
        "settlementTerms", theCase.getSettlementTerms()), "案件当前不能登记和解"));
  }

  public void reportBreach(String caseId, CaseActionRequests.Breach request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireStatus(theCase, CaseStatus.SETTLEMENT, "案件不在和解履行期间");
    steps.record(caseId, "SETTLEMENT_BREACHED", "被执行人不履行和解协议：" + request.note().trim(), user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, "SettlementBreached", Map.of("resumptionReason",
        "不履行和解协议：" + request.note().trim()), "案件当前不能恢复执行"));
  }

  public void confirmFullPerformance(String caseId, CaseActionRequests.FullPerformance request, CurrentUser user) {
    closeAtAnyTime(caseId, user, "PERFORMED_CONFIRMED", "申请执行人确认被执行人已自动履行完毕（" + request.confirmedOn() + "）",
        "PerformedInFull", "自动履行完毕：" + request.note().trim());
  }

  public void withdraw(String caseId, CaseActionRequests.Withdrawal request, CurrentUser user) {
    closeAtAnyTime(caseId, user, "APPLICATION_WITHDRAWN", "申请执行人撤回执行申请（" + request.withdrawnOn() + "）",
        "ApplicationWithdrawn", "撤回执行申请：" + request.reason().trim());
  }

  /** Full performance and withdrawal end a case in any phase: the model closes it (PerformedInFull / ApplicationWithdrawn). */
  private void closeAtAnyTime(String caseId, CurrentUser user, String eventType, String what, String message, String closingNote) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireOpenOrDormant(theCase);
    steps.record(caseId, eventType, what + "：" + closingNote.substring(closingNote.indexOf('：') + 1), user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, message, Map.of("closingNote", closingNote), "案件当前不能结案"));
  }

  public void resume(String caseId, CaseActionRequests.Resumption request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireStatus(theCase, CaseStatus.TERMINATED_FOR_NOW, "只有终结本次执行程序的案件可以恢复执行");
    steps.record(caseId, "RESUMPTION_REQUESTED", "申请恢复执行：" + request.reason().trim(), user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, "ResumptionRequested", Map.of("resumptionReason",
        request.reason().trim()), "案件当前不能恢复执行"));
  }

  /**
   * The consumption restriction (限制消费令) issued after the notice: recorded once (the first date stays), for the
   * 终本 conditions.
   */
  public void restrictConsumption(String caseId, CaseActionRequests.ConsumptionRestriction request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireOpenOrDormant(theCase);
    if (request.issuedOn().isBefore(theCase.getEnforcementFiledOn())) {
      throw new InvalidRequestException("issuedOn", "不能早于立案日期 " + CaseSteps.text(theCase.getEnforcementFiledOn()));
    }
    if (theCase.getConsumptionRestrictedOn() != null) {
      return;
    }
    theCase.consumptionRestricted(request.issuedOn());
    steps.record(caseId, "CONSUMPTION_RESTRICTED", "发出限制消费令（" + CaseSteps.text(request.issuedOn()) + "）", user.userId());
  }

  /**
   * The executing court's own inquiry of a source the inquiry system did not answer (flagged after its attempts): its
   * result becomes the source's answer in the latest round, for the 终本 conditions.
   */
  public void recordManualInquiry(String caseId, CaseActionRequests.ManualInquiry request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireOpenOrDormant(theCase);
    if (theCase.getInquiryRounds() == 0) {
      throw new ConflictException("尚未开展网络查控，不能登记人工查询结果");
    }
    inquiries.manual(caseId, theCase.getInquiryRounds(), request.source(), request.outcome().name(), steps.now());
    steps.record(caseId, "INQUIRY_MANUAL", request.source().label() + "人工查询"
        + (request.outcome() == CaseActionRequests.ManualOutcome.FOUND ? "查得财产" : "未查得财产") + "：" + request.note().trim(),
        user.userId());
  }

  /** A period that does not count towards the limit; the model's limit watch recomputes the due date. */
  public LocalDate excludePeriod(String caseId, CaseActionRequests.ExcludedPeriod request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    if (theCase.getStatus().isClosed()) {
      throw new ConflictException("案件已结案");
    }
    if (request.to().isBefore(request.from())) {
      throw new InvalidRequestException("to", "截止日不能早于起始日");
    }
    if (request.from().isBefore(theCase.getEnforcementFiledOn())) {
      throw new InvalidRequestException("from", "起始日不能早于立案日期 " + theCase.getEnforcementFiledOn());
    }
    jdbc.update("INSERT INTO case_excluded_period (case_id, kind, from_date, to_date, note, recorded_by, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", caseId, request.kind().name(), request.from(), request.to(), request.note(),
        user.userId(), steps.now());
    LocalDate dueOn = dueOn(theCase);
    theCase.limit(dueOn);
    steps.record(caseId, "PERIOD_EXCLUDED", request.kind().label() + " " + request.from() + " 至 " + request.to()
        + " 不计入执行期限，期限届满日调整为 " + dueOn, user.userId());
    publisher.publishEvent(CaseMessage.optional(caseId, "LimitChanged"));
    return dueOn;
  }

  /**
   * A period the product itself knows does not count (the valuation and the auctions of a disposal): recorded as the
   * system, clipped to the enforcement's filing; nothing for a closed case. The limit watch is told (LimitChanged,
   * optional) and re-computes its timers at once.
   */
  public void excludeRecordedPeriod(String caseId, ExcludedKind kind, LocalDate from, LocalDate to, String note) {
    EnforcementCase theCase = steps.theCase(caseId);
    LocalDate start = from.isBefore(theCase.getEnforcementFiledOn()) ? theCase.getEnforcementFiledOn() : from;
    if (theCase.getStatus().isClosed() || to.isBefore(start)) {
      return;
    }
    jdbc.update("INSERT INTO case_excluded_period (case_id, kind, from_date, to_date, note, recorded_by, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", caseId, kind.name(), start, to, note, CaseSteps.SYSTEM, steps.now());
    LocalDate dueOn = dueOn(theCase);
    theCase.limit(dueOn);
    steps.record(caseId, "PERIOD_EXCLUDED", kind.label() + " " + start + " 至 " + to + " 不计入执行期限（" + note
        + "），期限届满日调整为 " + dueOn, CaseSteps.SYSTEM);
    // the limit watch re-computes its timers now, not at its next (old) due time; nobody waiting is fine
    publisher.publishEvent(CaseMessage.optional(caseId, "LimitChanged"));
  }

  /** The executing court asks its president to extend the limit, at least five days before it expires. */
  public ExtensionRequestView requestExtension(String caseId, CaseActionRequests.Extension request, CurrentUser user) {
    EnforcementCase theCase = access.executedBy(caseId, user);
    requireStatus(theCase, CaseStatus.OPEN, "只有执行中的案件可以申请延长执行期限");
    LocalDate dueOn = dueOn(theCase);
    if (steps.today().isAfter(dueOn)) {
      throw new ConflictException("执行期限已于 " + CaseSteps.text(dueOn) + " 届满，届满后不能再申请延长");
    }
    long granted = extensions.findByCaseIdAndStatus(caseId, ExtensionRequest.Status.APPROVED).size();
    if (granted >= limits.maxExtensions()) {
      throw new ConflictException("执行期限已延长 " + granted + " 次，最多可延长 " + limits.maxExtensions() + " 次，不能再申请延长");
    }
    if (steps.today().plusDays(limits.extensionRequestLeadDays()).isAfter(dueOn)) {
      throw new InvalidRequestException("reason", "须在执行期限届满 " + limits.extensionRequestLeadDays() + " 日前提出（届满日 "
          + dueOn + "）");
    }
    if (!extensions.findByCaseIdAndStatus(caseId, ExtensionRequest.Status.PENDING).isEmpty()) {
      throw new ConflictException("已有待审批的延长申请");
    }
    ExtensionRequest saved = extensions.saveAndFlush(new ExtensionRequest(caseId, request.reason().trim(),
        limits.extensionMonths(), user.userId(), steps.now()));
    steps.record(caseId, "EXTENSION_REQUESTED", "申请延长执行期限 " + limits.extensionMonths() + " 个月：" + saved.getReason(),
        user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, "ExtensionRequested", Map.of(
        "extensionRequestId", String.valueOf(saved.getId()),
        "extensionReason", saved.getReason(),
        "extensionRequestedBy", user.userId(),
        "extensionMonthsText", limits.extensionMonths() + " 个月",
        "limitDueText", CaseSteps.text(dueOn)), "案件当前不能申请延长（可能已有待审批的申请）"));
    return ExtensionRequestView.of(saved);
  }

  @Transactional(readOnly = true)
  public List<ExtensionRequestView> extensionRequests(String caseId, CurrentUser user) {
    access.visible(caseId, user);
    return extensions.findByCaseIdOrderByIdAsc(caseId).stream().map(ExtensionRequestView::of).toList();
  }

  /** The limit as it stands: filing + months (by case type) + approved extensions + excluded days (ExecutionLimit). */
  LocalDate dueOn(EnforcementCase theCase) {
    List<ExecutionLimit.Span> spans = jdbc.query("SELECT from_date, to_date FROM case_excluded_period WHERE case_id = ?",
        (rs, i) -> new ExecutionLimit.Span(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)), theCase.getId());
    return ExecutionLimit.dueOn(steps.calendar(), theCase.getEnforcementFiledOn(), limits.limitMonthsOf(theCase.getCaseType()),
        theCase.getExtensionMonths(), spans);
  }

  private static void requireStatus(EnforcementCase theCase, CaseStatus status, String text) {
    if (theCase.getStatus() != status) {
      throw new ConflictException(text + "（当前：" + theCase.getStatus().label() + "）");
    }
  }

  private static void requireOpenOrDormant(EnforcementCase theCase) {
    if (theCase.getStatus().isClosed()) {
      throw new ConflictException("案件已结案（" + theCase.getStatus().label() + "）");
    }
  }
}
