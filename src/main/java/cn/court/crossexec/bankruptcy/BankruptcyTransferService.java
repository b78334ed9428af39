package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.bankruptcy.TransferRecords.Transfer;
import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.court.CourtLevel;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.disposal.DisposalService;
import cn.court.crossexec.disposal.distribution.BankruptcyTransferOutcome;
import cn.court.crossexec.disposal.distribution.DistributionService;
import cn.court.crossexec.enforcement.CaseDirectory;
import cn.court.crossexec.enforcement.CaseFacts;
import cn.court.crossexec.enforcement.CaseStatus;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.MeasureStatus;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.Groups;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer of an enterprise debtor's enforcement to bankruptcy review (执转破, DOMAIN.md §6, 法发〔2017〕2号): started
 * by the executing court or a coordinator, or proposed by the system (a task for the executing court, never a
 * transfer); screened on the recorded facts by bpmn/bankruptcy-screening.dmn; the parties' written consents; the
 * decision's steps. One open (or decided) transfer per debtor; a case whose transfer was refused is not transferred
 * again. Every change records who and when, in the transfer's history and in the case's log; every period is counted
 * by the {@link LegalCalendar}. The process (bankruptcy-transfer, business key = transfer id) is started and told of
 * consents through {@link ProcessMessages}, in the transaction of the change.
 */
@Service
@Transactional
public class BankruptcyTransferService {

  static final String SYSTEM = "system";
  static final String PROCESS = "bankruptcy-transfer";
  static final String CONSENT_MESSAGE = "BankruptcyConsentGiven";
  private static final int MAX_REASON = 1000;

  private final TransferRecords records;
  private final DebtorService debtors;
  private final EnforcementCaseService cases;
  private final CaseDirectory directory;
  private final ControlMeasureService measures;
  private final DisposalService disposals;
  private final DistributionService distributions;
  private final CourtService courts;
  private final BankruptcyScreening screening;
  private final LegalCalendar calendar;
  private final CourtClock clock;
  private final BankruptcyProperties properties;
  private final ProcessMessages messages;

  BankruptcyTransferService(TransferRecords records, DebtorService debtors, EnforcementCaseService cases,
      CaseDirectory directory, ControlMeasureService measures, DisposalService disposals,
      DistributionService distributions, CourtService courts, BankruptcyScreening screening, LegalCalendar calendar,
      CourtClock clock, BankruptcyProperties properties, ProcessMessages messages) {
    this.records = records;
    this.debtors = debtors;
    this.cases = cases;
    this.directory = directory;
    this.measures = measures;
    this.disposals = disposals;
    this.distributions = distributions;
    this.courts = courts;
    this.screening = screening;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
    this.messages = messages;
  }

  // --- starting ---

  /** The executing court (or the case's command centre) starts a transfer of the case's enterprise debtor. */
  public TransferView start(String uscc, TransferRequests.Start request, CurrentUser user) {
    List<FieldError> errors = new ArrayList<>();
    String caseId = trim(request.caseId());
    String reason = trim(request.reason());
    String receivingCode = trim(request.receivingCourtCode());
    if (caseId == null) {
      errors.add(FieldError.of("caseId", "请指明移送所依据的执行案件"));
    }
    text(errors, "reason", reason, "请写明启动理由");
    List<CaseView> against = debtors.visibleCasesAgainst(uscc, user);
    CaseView theCase = caseId == null ? null : against.stream().filter(c -> c.id().equals(caseId)).findFirst().orElse(null);
    if (caseId != null && theCase == null) {
      errors.add(new FieldError("caseId", "该案件不是针对该被执行人的执行案件", caseId));
    }
    if (theCase != null && !enterpriseDebtor(theCase, uscc)) {
      errors.add(new FieldError("caseId", "被执行人须为企业法人：移送破产审查只适用于企业法人", caseId));
    }
    CourtView receiving = null;
    if (receivingCode != null) {
      receiving = courts.find(receivingCode).orElse(null);
      if (receiving == null) {
        errors.add(new FieldError("receivingCourtCode", "未知的法院代码", receivingCode));
      } else if (receiving.level() != CourtLevel.INTERMEDIATE) {
        errors.add(new FieldError("receivingCourtCode", "受理破产审查的须为中级人民法院", receivingCode));
      }
    } else if (theCase != null && courts.get(theCase.executingCourtCode()).level() != CourtLevel.BASIC
        && courts.get(theCase.executingCourtCode()).level() != CourtLevel.INTERMEDIATE) {
      errors.add(FieldError.of("receivingCourtCode", "执行法院不是基层或中级人民法院：请指定受理破产审查的中级人民法院"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    CaseFacts facts = directory.executedBy(caseId, user);
    String how = user.isMemberOf(Groups.court(facts.executingCourtCode())) ? "COURT" : "COORDINATOR";
    return view(open(theCase, uscc, how, reason, receiving, user.userId()));
  }

  /**
   * The system proposes a transfer of the case's debtor at a point where practice asks (at filing, after the asset
   * inquiry, before 终本, repeated 终本, many open cases, too little found): a task for the executing court, never a
   * transfer. A debtor with a transfer under way keeps it; an individual debtor, a closed case or a case whose
   * transfer was refused gets none.
   * @return the transfer's id, or empty when nothing was proposed
   */
  public Optional<String> proposeForSystem(String caseId, String reason) {
    CaseView theCase = cases.getForSystem(caseId);
    String uscc = theCase.parties().stream().filter(p -> "DEBTOR".equals(p.role()) && "ENTERPRISE".equals(p.type()))
        .map(OpenCaseCommand.Party::idNumber).findFirst().orElse(null);
    if (uscc == null || theCase.status().isClosed()) {
      return Optional.empty();
    }
    Optional<Transfer> holding = records.ofDebtor(uscc).stream().filter(t -> t.state().holdsDebtor()).findFirst();
    if (holding.isPresent()) {
      return Optional.of(holding.get().id());
    }
    if (records.ofCase(caseId).stream().anyMatch(t -> t.state().barsRetransfer())) {
      return Optional.empty();
    }
    String why = reason == null || reason.isBlank() ? "系统建议审查是否移送破产" : reason.trim();
    return Optional.of(open(theCase, uscc, "SYSTEM", why, null, SYSTEM).id());
  }

  private Transfer open(CaseView theCase, String uscc, String how, String reason, CourtView receiving, String by) {
    if (theCase.status().isClosed()) {
      throw new ConflictException("案件已" + theCase.status().label() + "，不能移送破产审查");
    }
    for (Transfer t : records.ofDebtor(uscc)) {
      if (t.state().holdsDebtor()) {
        throw new ConflictException(t.state() == TransferState.DECIDED ? "该被执行人已决定移送破产审查"
            : "该被执行人已有进行中的移送破产审查（" + t.state().label() + "）");
      }
    }
    for (Transfer t : records.ofCase(theCase.id())) {
      if (t.state().barsRetransfer()) {
        throw new ConflictException("本案移送破产审查未成（" + t.state().label() + "），同一案件不得再次移送；当事人可以直接向人民法院申请破产");
      }
    }
    CourtView executing = courts.get(theCase.executingCourtCode());
    CourtView receivingCourt = receiving != null ? receiving
        : executing.level() == CourtLevel.INTERMEDIATE ? executing : courts.get(executing.parentCode());
    // art. 6: a basic court sending to an intermediate court outside its own area asks its own intermediate court
    String approval = executing.level() == CourtLevel.BASIC && !receivingCourt.code().equals(executing.parentCode())
        ? executing.parentCode() : null;
    String name = theCase.parties().stream().filter(p -> "DEBTOR".equals(p.role()) && uscc.equals(p.idNumber()))
        .map(OpenCaseCommand.Party::name).findFirst().orElse(uscc);
    OffsetDateTime now = clock.now();
    TransferState state = "SYSTEM".equals(how) ? TransferState.PROPOSED : TransferState.SCREENING;
    Transfer t = new Transfer(UUID.randomUUID().toString(), uscc, name, theCase.id(), theCase.caseNumber(),
        executing.code(), how, reason, state, receivingCourt.code(), approval, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, now, by);
    try {
      records.insert(t);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("该被执行人已有进行中的移送破产审查");
    }
    String howText = switch (how) {
      case "COURT" -> "执行法院启动";
      case "COORDINATOR" -> "指挥中心启动";
      default -> "系统建议（待执行法院审查，不自动移送）";
    };
    records.history(t.id(), "STARTED", howText + "移送破产审查：" + reason + "；受理法院 " + receivingCourt.name()
        + (approval == null ? "" : "（跨辖区，须经 " + courts.get(approval).name() + " 批准）"), by, now);
    directory.record(theCase.id(), "BANKRUPTCY_TRANSFER_STARTED", howText + "移送破产审查（被执行人 " + name + "）：" + reason, by);
    Map<String, Object> variables = new HashMap<>();
    variables.put("transferId", t.id());
    variables.put("debtorName", name);
    variables.put("debtorUscc", uscc);
    variables.put("caseId", theCase.id());
    variables.put("caseNumber", theCase.caseNumber());
    variables.put("startReason", reason);
    variables.put("proposed", "SYSTEM".equals(how));
    variables.put("executingCourtGroup", Groups.court(executing.code()));
    variables.put("presidentGroup", Groups.president(executing.code()));
    variables.put("needsApproval", approval != null);
    variables.put("approvalGroup", approval == null ? "" : Groups.court(approval));
    variables.put("receivingCourtName", receivingCourt.name());
    messages.send(ProcessMessage.start(PROCESS, t.id(), variables, "transferId")
        .describedAs("启动移送破产审查（" + name + "，" + theCase.caseNumber() + "）"));
    return t;
  }

  // --- consents ---

  /**
   * A written consent of the debtor or of a creditor (the applicant) of a case against it, from that case. The same
   * party's consent from the same case again is the one on record. Taken while the transfer is open and its answer
   * period has not ended; then the process hears it.
   */
  public EnforcementCaseService.Recorded<TransferView.Consent> recordConsent(String uscc, TransferRequests.Consent request,
      CurrentUser user) {
    List<FieldError> errors = new ArrayList<>();
    String caseId = trim(request.caseId());
    String party = trim(request.partyIdNumber());
    String document = trim(request.documentRef());
    if (caseId == null) {
      errors.add(FieldError.of("caseId", "请指明同意来自的执行案件"));
    }
    if (party == null) {
      errors.add(FieldError.of("partyIdNumber", "请填写同意人的证件号码"));
    }
    if (!Boolean.TRUE.equals(request.inWriting())) {
      errors.add(new FieldError("inWriting", "须为书面同意（法发〔2017〕2号第四条）", request.inWriting()));
    }
    if (document == null) {
      errors.add(FieldError.of("documentRef", "请填写书面同意书的文号或说明"));
    } else if (document.length() > 200) {
      errors.add(FieldError.of("documentRef", "最多200字"));
    }
    LocalDate today = clock.today();
    if (request.consentedOn() == null) {
      errors.add(FieldError.of("consentedOn", "请填写同意日期"));
    } else if (request.consentedOn().isAfter(today)) {
      errors.add(new FieldError("consentedOn", "同意日期不能晚于今天", request.consentedOn()));
    }
    List<CaseView> against = debtors.visibleCasesAgainst(uscc, user);
    CaseView theCase = caseId == null ? null : against.stream().filter(c -> c.id().equals(caseId)).findFirst().orElse(null);
    String role = null;
    String name = null;
    if (caseId != null && theCase == null) {
      errors.add(new FieldError("caseId", "该案件不是针对该被执行人的执行案件", caseId));
    } else if (theCase != null && theCase.status().isClosed()) {
      errors.add(new FieldError("caseId", "该案件已" + theCase.status().label() + "，不能以其名义同意移送", caseId));
    } else if (theCase != null && party != null) {
      for (OpenCaseCommand.Party p : theCase.parties()) {
        if (party.equals(p.idNumber()) && "DEBTOR".equals(p.role()) && uscc.equals(p.idNumber())) {
          role = "DEBTOR";
          name = p.name();
        } else if (party.equals(p.idNumber()) && "APPLICANT".equals(p.role())) {
          role = "CREDITOR";
          name = p.name();
        }
      }
      if (role == null) {
        errors.add(new FieldError("partyIdNumber", "同意人须为被执行人或该案件的申请执行人", party));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Transfer current = records.ofDebtor(uscc).stream().findFirst()
        .orElseThrow(() -> new ConflictException("该被执行人尚未启动移送破产审查"));
    Set<String> mine = Groups.courtsOf(user.groupIds());
    if (!mine.contains(theCase.executingCourtCode()) && !mine.contains(theCase.coordinatingCourtCode())
        && !mine.contains(current.executingCourtCode())) {
      throw new AccessDeniedException("only a court enforcing the case or the transfer's court records a consent");
    }
    Transfer t = records.lock(current.id()).orElseThrow();
    if (t.state().ended()) {
      throw new ConflictException("移送破产审查已结束（" + t.state().label() + "），不再接受同意");
    }
    OffsetDateTime now = clock.now();
    if (t.consentDueAt() != null && !now.isBefore(t.consentDueAt())) {
      throw new ConflictException("答复期限已于 " + CourtClock.text(calendar.dayOf(t.consentDueAt().minusNanos(1))) + " 届满");
    }
    Optional<TransferRecords.Consent> existing = records.consent(t.id(), party, caseId);
    if (existing.isPresent()) {
      return new EnforcementCaseService.Recorded<>(TransferView.consent(existing.get()), false);
    }
    records.insertConsent(t.id(), role, name, party, caseId, theCase.caseNumber(), document, request.consentedOn(),
        user.userId(), now);
    String who = ("DEBTOR".equals(role) ? "被执行人 " : "申请执行人 ") + name;
    records.history(t.id(), "CONSENTED", who + "书面同意移送破产审查（" + theCase.caseNumber() + "，" + document + "，"
        + CourtClock.text(request.consentedOn()) + "）", user.userId(), now);
    directory.record(caseId, "BANKRUPTCY_CONSENTED", who + "书面同意移送破产审查（" + document + "）", user.userId());
    if (t.state() == TransferState.AWAITING_CONSENT) {
      records.state(t.id(), TransferState.DECIDING, user.userId(), now);
    }
    // nobody waiting is fine: the model reads the consents when it asks and again at the deadline
    messages.send(ProcessMessage.to(CONSENT_MESSAGE, t.id()).skipWhenNotAwaited()
        .describedAs("书面同意移送破产审查（" + t.debtorName() + "）"));
    return new EnforcementCaseService.Recorded<>(TransferView.consent(records.consent(t.id(), party, caseId).orElseThrow()),
        true);
  }

  // --- reads ---

  @Transactional(readOnly = true)
  public TransferView transfer(String id, CurrentUser user) {
    Transfer t = records.find(id).orElseThrow(() -> new NotFoundException("未找到移送破产审查：" + id));
    try {
      debtors.visibleCasesAgainst(t.debtorUscc(), user);
    } catch (NotFoundException e) {
      throw new NotFoundException("未找到移送破产审查：" + id);
    }
    return view(t);
  }

  private TransferView view(Transfer t) {
    return TransferView.of(t, records.consents(t.id()), records.historyOf(t.id()));
  }

  // --- the steps of the model (job workers) ---

  /** bankruptcy.screen: the court's findings and the cases' facts, screened by the DMN on the server. */
  public Map<String, Object> screen(String transferId, Function<String, Object> completion, String by) {
    Transfer t = locked(transferId);
    List<FieldError> problems = new ArrayList<>();
    TransferTaskCheck.screeningFacts(problems, completion);
    if (!problems.isEmpty()) {
      // the task's own check refuses such a completion; reaching here is a defect, shown as an incident
      throw new IllegalArgumentException("screening facts refused: " + problems);
    }
    List<CaseView> open = openCasesAgainst(t.debtorUscc());
    LocalDate today = clock.today();
    long debts = 0;
    for (CaseView c : open) {
      debts = Math.addExact(debts, Math.max(0, c.amountClaimedFen() - c.recoveredFen()));
    }
    int ongoing = (int) open.stream().filter(c -> DebtorService.isOpen(c.status())).count();
    int terminatedForNow = (int) open.stream().filter(c -> c.status() == CaseStatus.TERMINATED_FOR_NOW).count();
    LocalDate oldest = open.stream().map(CaseView::filedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(today);
    int ageMonths = (int) Math.max(0, ChronoUnit.MONTHS.between(oldest, today));
    BankruptcyScreening.Facts facts = new BankruptcyScreening.Facts(Money.fenOfYuan(completion.apply("assetsFoundYuan")),
        debts, bool(completion.apply("stillOperating")), bool(completion.apply("booksKept")),
        bool(completion.apply("staffRemaining")), ((Number) completion.apply("employees")).intValue(),
        bool(completion.apply("brandOrLicences")), terminatedForNow, ongoing, ageMonths);
    BankruptcyScreening.Outcome outcome = screening.screen(facts);
    OffsetDateTime now = clock.now();
    String note = completion.apply("factsNote") instanceof String s && !s.isBlank() ? s.trim() : null;
    records.update(t.id(), "assets_found_fen = ?, debts_fen = ?, still_operating = ?, books_kept = ?,"
        + " staff_remaining = ?, employees = ?, brand_or_licences = ?, terminated_for_now_count = ?, open_cases = ?,"
        + " oldest_case_age_months = ?, facts_note = ?, facts_recorded_by = ?, facts_recorded_at = ?,"
        + " screening_outcome = ?, screening_rule = ?, screening_reason = ?", by, now, facts.assetsFoundFen(),
        facts.debtsFen(), facts.stillOperating(), facts.booksKept(), facts.staffRemaining(), facts.employees(),
        facts.brandOrLicences(), facts.terminatedForNowCount(), facts.openCases(), facts.oldestCaseAgeMonths(), note, by,
        now, outcome.outcome(), outcome.rule(), outcome.reason());
    records.history(t.id(), "FACTS_RECORDED", "查明：" + (facts.stillOperating() ? "仍在经营" : "已停止经营")
        + (facts.booksKept() ? "，有账册" : "，无账册") + (facts.staffRemaining() ? "，有人员" : "，无人员")
        + "，在职职工 " + facts.employees() + " 人" + (facts.brandOrLicences() ? "，有品牌或资质" : "")
        + "；查明财产 " + Money.yuan(facts.assetsFoundFen()) + "，未清偿执行债务 " + Money.yuan(facts.debtsFen())
        + "；在办案件 " + ongoing + " 件，终本 " + terminatedForNow + " 件，最早立案至今 " + ageMonths + " 个月"
        + (note == null ? "" : "；" + note), by, now);
    TransferState next = switch (outcome.outcome()) {
      case "NOT_INSOLVENT" -> TransferState.NOT_INSOLVENT;
      case "ZOMBIE" -> TransferState.AWAITING_CONSENT;
      default -> TransferState.RESCUE_ASSESSMENT;
    };
    records.state(t.id(), next, SYSTEM, now);
    records.history(t.id(), "SCREENED", "甄别结论（" + outcome.rule() + "）：" + outcome.reason(), SYSTEM, now);
    directory.record(t.caseId(), "BANKRUPTCY_SCREENED", "破产甄别（" + outcome.rule() + "）：" + outcome.reason(), SYSTEM);
    return Map.of("screeningOutcome", outcome.outcome(), "screeningRule", outcome.rule(),
        "screeningReason", outcome.reason());
  }

  /** bankruptcy.hold-core-assets: a viable enterprise's seized assets are held back in every court's disposal. */
  public int holdCoreAssets(String transferId) {
    Transfer t = locked(transferId);
    int held = holdAll(t, true);
    records.history(t.id(), "CORE_ASSETS_HELD", "有挽救价值：各法院暂缓处置被执行人财产 " + held + " 项，待挽救价值评估",
        SYSTEM, clock.now());
    return held;
  }

  /** bankruptcy.ask-consent: the parties are told and asked; @return the answer's deadline and whether one consented */
  public Map<String, Object> askConsent(String transferId) {
    Transfer t = locked(transferId);
    OffsetDateTime now = clock.now();
    OffsetDateTime due = calendar.periodEnd(clock.today(), properties.consentPeriod());
    String dueText = CourtClock.text(calendar.dayOf(due.minusNanos(1)));
    records.update(t.id(), "consent_due_at = ?", SYSTEM, now, due);
    records.history(t.id(), "CONSENT_ASKED", "告知申请执行人、被执行人可以书面同意移送破产审查，答复期限至 " + dueText, SYSTEM, now);
    boolean consented = !records.consents(t.id()).isEmpty();
    records.state(t.id(), consented ? TransferState.DECIDING : TransferState.AWAITING_CONSENT, SYSTEM, now);
    return Map.of("consentDueAt", due.toString(), "consentDueText", dueText, "consented", consented);
  }

  /**
   * bankruptcy.close-consent: the answer period has ended. A consent on record goes on to the decision; none ends the
   * transfer and records on every open case against the debtor that distribution may follow the order of seizure
   * (民诉法解释第五百一十四条).
   */
  public boolean closeConsent(String transferId) {
    Transfer t = locked(transferId);
    OffsetDateTime now = clock.now();
    if (!records.consents(t.id()).isEmpty()) {
      records.state(t.id(), TransferState.DECIDING, SYSTEM, now);
      return true;
    }
    String dueText = t.consentDueAt() == null ? "" : CourtClock.text(calendar.dayOf(t.consentDueAt().minusNanos(1)));
    holdAll(t, false);
    records.state(t.id(), TransferState.NOT_CONSENTED, SYSTEM, now);
    records.history(t.id(), "NOT_CONSENTED", "答复期限（至 " + dueText + "）届满，当事人均未书面同意移送破产审查：继续执行，"
        + "按查封先后顺序清偿（民诉法解释第五百一十四条）", SYSTEM, now);
    for (CaseView c : openCasesAgainst(t.debtorUscc())) {
      distributions.recordBankruptcyTransferFailed(c.id(), BankruptcyTransferOutcome.NOT_CONSENTED,
          "答复期限至 " + dueText + " 届满，当事人均未书面同意移送破产审查（移送审查 " + t.id() + "）", SYSTEM);
    }
    return false;
  }

  /** bankruptcy.record-step: what a person decided in the user task before this step, recorded with who did it. */
  public void recordStep(String transferId, String activityId, Function<String, Object> completion, String by) {
    Transfer t = locked(transferId);
    String task = switch (activityId) {
      case "Task_RecordProposalReview" -> "Task_ReviewProposal";
      case "Task_RecordAssessment" -> "Task_AssessRescueValue";
      case "Task_RecordOpinion" -> "Task_JudgeOpinion";
      case "Task_RecordReview" -> "Task_CollegialReview";
      case "Task_RecordSignature" -> "Task_PresidentSign";
      case "Task_RecordApproval" -> "Task_IntermediateApproval";
      case "Task_RecordService" -> "Task_ServeDecision";
      default -> throw new IllegalArgumentException("no step " + activityId);
    };
    List<FieldError> problems = TransferTaskCheck.problems(task, completion);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("completion of " + task + " refused: " + problems);
    }
    OffsetDateTime now = clock.now();
    switch (task) {
      case "Task_ReviewProposal" -> {
        boolean accepted = (Boolean) completion.apply("proposalAccepted");
        records.history(t.id(), accepted ? "PROPOSAL_ACCEPTED" : "PROPOSAL_DECLINED",
            (accepted ? "执行法院决定启动破产甄别：" : "执行法院决定不启动审查：") + completion.apply("reviewNote"), by, now);
        records.state(t.id(), accepted ? TransferState.SCREENING : TransferState.PROPOSAL_DECLINED, by, now);
      }
      case "Task_AssessRescueValue" -> {
        boolean transfer = "TRANSFER".equals(completion.apply("rescueDecision"));
        records.history(t.id(), transfer ? "RESCUE_TRANSFER" : "RESCUE_CONTINUE", (transfer
            ? "挽救价值评估：征询当事人是否同意移送破产审查（核心资产继续暂缓处置）："
            : "挽救价值评估：不移送，继续执行，解除暂缓处置：") + completion.apply("assessmentNote"), by, now);
        if (transfer) {
          records.state(t.id(), TransferState.AWAITING_CONSENT, by, now);
        } else {
          holdAll(t, false);
          records.state(t.id(), TransferState.NOT_TRANSFERRED, by, now);
        }
      }
      case "Task_JudgeOpinion" -> records.history(t.id(), "OPINION", "承办法官意见（"
          + (Boolean.TRUE.equals(completion.apply("recommendTransfer")) ? "建议移送" : "不建议移送") + "）："
          + completion.apply("opinion"), by, now);
      case "Task_CollegialReview" -> decisionStep(t, (Boolean) completion.apply("reviewApproved"), "REVIEWED",
          "合议庭评议同意移送：", "合议庭评议不同意移送，继续执行：", completion.apply("reviewNote"), by, now);
      case "Task_PresidentSign" -> decisionStep(t, (Boolean) completion.apply("presidentSigned"), "SIGNED",
          "院长签署移送决定书", "院长不予签署，继续执行：", completion.apply("signNote"), by, now);
      case "Task_IntermediateApproval" -> decisionStep(t, (Boolean) completion.apply("approvalGranted"), "APPROVED",
          courts.get(t.approvalCourtCode()).name() + "批准跨辖区移送：", courts.get(t.approvalCourtCode()).name()
              + "不予批准，继续执行：", completion.apply("approvalNote"), by, now);
      default -> {
        LocalDate served = clock.today();
        boolean late = t.serveDueAt() != null && !now.isBefore(t.serveDueAt());
        records.update(t.id(), "served_on = ?", by, now, served);
        records.state(t.id(), TransferState.DECIDED, by, now);
        records.history(t.id(), "SERVED", "移送决定书已送达" + (late ? "（逾期）" : "") + "：" + completion.apply("servedTo")
            + "。各案中止执行与受理法院审查：待后续办理", by, now);
        directory.record(t.caseId(), "BANKRUPTCY_TRANSFER_DECIDED", "决定移送破产审查，决定书已送达（" + CourtClock.text(served)
            + "）", by);
      }
    }
  }

  private void decisionStep(Transfer t, boolean yes, String type, String yesText, String noText, Object note, String by,
      OffsetDateTime now) {
    String detail = note instanceof String s && !s.isBlank() ? s.trim() : "";
    if (yes) {
      records.history(t.id(), type, yesText + detail, by, now);
      return;
    }
    records.history(t.id(), "NOT_TRANSFERRED", noText + detail, by, now);
    holdAll(t, false);
    records.state(t.id(), TransferState.NOT_TRANSFERRED, by, now);
    directory.record(t.caseId(), "BANKRUPTCY_NOT_TRANSFERRED", noText + detail, by);
  }

  /** bankruptcy.record-decision: the decision is made; @return the time by which it is served (art. 7) */
  public Map<String, Object> recordDecision(String transferId) {
    Transfer t = locked(transferId);
    OffsetDateTime now = clock.now();
    OffsetDateTime due = calendar.periodEnd(clock.today(), properties.servePeriod());
    String dueText = CourtClock.text(calendar.dayOf(due.minusNanos(1)));
    records.update(t.id(), "decided_at = ?, serve_due_at = ?", SYSTEM, now, now, due);
    records.state(t.id(), TransferState.SERVING, SYSTEM, now);
    records.history(t.id(), "DECISION_MADE", "作出移送破产审查决定，移送 " + courts.get(t.receivingCourtCode()).name()
        + "；应于 " + dueText + " 前送达", SYSTEM, now);
    directory.record(t.caseId(), "BANKRUPTCY_TRANSFER_DECISION", "作出移送破产审查决定（受理法院 "
        + courts.get(t.receivingCourtCode()).name() + "）", SYSTEM);
    return Map.of("serveDueAt", due.toString(), "serveDueText", dueText);
  }

  /** bankruptcy.flag-late-service: the 5 days of art. 7 passed and the decision is not yet served. */
  public void flagLateService(String transferId) {
    Transfer t = locked(transferId);
    String dueText = t.serveDueAt() == null ? "" : CourtClock.text(calendar.dayOf(t.serveDueAt().minusNanos(1)));
    records.history(t.id(), "SERVICE_LATE", "移送决定书未在期限（至 " + dueText + "）内送达", SYSTEM, clock.now());
    directory.record(t.caseId(), "BANKRUPTCY_SERVICE_LATE", "移送破产审查决定书逾期未送达（期限至 " + dueText + "）", SYSTEM);
  }

  // --- helpers ---

  private Transfer locked(String transferId) {
    return records.lock(transferId).orElseThrow(() -> new NotFoundException("No bankruptcy transfer " + transferId));
  }

  /** Every case against the debtor not closed for good (终本 included): their creditors may consent, their debts count. */
  private List<CaseView> openCasesAgainst(String uscc) {
    return cases.againstDebtorForSystem(uscc).stream().filter(c -> !c.status().isClosed()).toList();
  }

  /** Holds (or releases what was held of) the debtor's seized assets in every court's cases; @return how many changed */
  private int holdAll(Transfer t, boolean hold) {
    int changed = 0;
    String reason = hold ? "被执行人经甄别有挽救价值，评估期间暂缓处置（移送审查 " + t.id() + "）"
        : "移送破产审查未成，恢复处置（移送审查 " + t.id() + "）";
    for (CaseView c : openCasesAgainst(t.debtorUscc())) {
      for (var m : measures.ofCase(c.id())) {
        if (m.status() == MeasureStatus.EFFECTIVE && disposals.holdCoreAssetForSystem(c.id(), m.id(), hold, reason, SYSTEM)) {
          changed++;
        }
      }
    }
    return changed;
  }

  private static boolean enterpriseDebtor(CaseView c, String uscc) {
    return c.parties().stream().anyMatch(p -> "DEBTOR".equals(p.role()) && uscc.equals(p.idNumber())
        && "ENTERPRISE".equals(p.type()));
  }

  private static boolean bool(Object value) {
    return Boolean.TRUE.equals(value);
  }

  private static void text(List<FieldError> errors, String field, String value, String missing) {
    if (value == null) {
      errors.add(FieldError.of(field, missing));
    } else if (value.length() > MAX_REASON) {
      errors.add(FieldError.of(field, "最多" + MAX_REASON + "字"));
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
