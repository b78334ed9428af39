package cn.court.crossexec.credit;

import cn.court.crossexec.platform.SystemActor;
import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.credit.CreditRecords.Discipline;
import cn.court.crossexec.credit.CreditRecords.GroundRecord;
import cn.court.crossexec.credit.CreditRecords.Person;
import cn.court.crossexec.enforcement.CaseDirectory;
import cn.court.crossexec.enforcement.CaseFacts;
import cn.court.crossexec.intake.identity.ResidentIdNumber;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.platform.Groups;
import cn.court.crossexec.workflow.worker.BusinessOutcomeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dishonest-debtor discipline graded by fault, and credit repair (DOMAIN.md §7): proposals from the case, the facts and
 * grounds, the court's decision, grace, publication and consumption restriction, suspension, one-time liftings,
 * corrections, and removal for every cause of 2017 规定 art. 10 within the working days the law allows. Every change
 * records who and when; every legal period is counted by the {@link LegalCalendar}.
 */
@Service
// a business outcome (BPMN error) keeps what was written before it, in the job's transaction
@Transactional(noRollbackFor = BusinessOutcomeException.class)
public class CreditService {

  static final String SYSTEM = SystemActor.ID;
  private static final Logger log = LoggerFactory.getLogger(CreditService.class);
  /** The order in which the grounds found decide the grade: the most serious first. */
  private static final List<Ground> SERIOUSNESS = List.of(Ground.OBSTRUCTS, Ground.EVADES,
      Ground.BREACHES_CONSUMPTION_RESTRICTION, Ground.BREACHES_SETTLEMENT, Ground.BREACHES_ASSET_REPORT,
      Ground.REFUSES_DESPITE_ABILITY);
  static final Set<String> ENTERPRISE_ROLES = Set.of("LEGAL_REPRESENTATIVE", "PRINCIPAL_OFFICER", "DIRECTLY_RESPONSIBLE",
      "ACTUAL_CONTROLLER");

  /** The facts an officer records (credit.record-facts). */
  public record Facts(Boolean ableToPerform, Boolean securityGiven, Boolean assetsCoverDebt, Boolean laterInOrder,
      Boolean minor, Boolean violenceOrThreats, Boolean evasion, Map<Ground, String> evidenceByGround,
      List<String> unknownGrounds) {}

  /** The court's decision on a graded proposal (credit.record-decision), with the grade the DMN gave. */
  public record Decision(Boolean listingDecided, Integer extensionMonths, Boolean graceGranted, Integer graceMonths,
      String note, List<Person> persons, String grade, String measures, Integer baseTermMonths,
      Integer minExtensionMonths, Integer maxExtensionMonths, Boolean graceAllowed, String gradeReason) {

    /** The same decision judged against the grade the server computed (the completion's grade is not trusted). */
    Decision gradedBy(DishonestyGrading.Grade g) {
      return g == null
          ? new Decision(listingDecided, extensionMonths, graceGranted, graceMonths, note, persons, null, null, null, null,
              null, null, null)
          : new Decision(listingDecided, extensionMonths, graceGranted, graceMonths, note, persons, g.grade(), g.measures(),
              g.baseTermMonths(), g.minExtensionMonths(), g.maxExtensionMonths(), g.graceAllowed(), g.reason());
    }
  }

  private final CreditRecords records;
  private final CreditPushes pushes;
  private final CaseDirectory cases;
  private final LegalCalendar calendar;
  private final CourtClock clock;
  private final CreditProperties properties;
  private final ApplicationEventPublisher publisher;
  private final DishonestyGrading grading;

  CreditService(CreditRecords records, CreditPushes pushes, CaseDirectory cases, LegalCalendar calendar, CourtClock clock,
      CreditProperties properties, ApplicationEventPublisher publisher, DishonestyGrading grading) {
    this.grading = grading;
    this.records = records;
    this.pushes = pushes;
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
    this.publisher = publisher;
  }

  // --- from the case ---

  /**
   * Opens a discipline proposal for the case's debtor (the case's hand-off to credit discipline) and starts its
   * process: a task for the executing court, never a listing. A debtor with an open discipline in this case gets no
   * second one. @return the discipline's id, or empty when the case has no identified debtor
   */
  public Optional<String> propose(String caseId, String reason, String by) {
    CaseFacts facts = cases.facts(caseId);
    if (facts.debtorIdNumber() == null || facts.debtorName() == null) {
      log.warn("Case {} has no identified debtor: no credit discipline proposed", caseId);
      return Optional.empty();
    }
    Optional<Discipline> open = records.ofCase(caseId).stream()
        .filter(d -> d.debtorIdNumber().equals(facts.debtorIdNumber()) && d.status().open()).findFirst();
    if (open.isPresent()) {
      return Optional.of(open.get().id());
    }
    String actor = actor(by);
    OffsetDateTime now = clock.now();
    String id = UUID.randomUUID().toString();
    String why = reason == null || reason.isBlank() ? "执行法院移送失信惩戒" : reason;
    records.insert(id, caseId, facts.caseNumber(), facts.executingCourtCode(), facts.debtorName(), facts.debtorIdNumber(),
        facts.debtorType() == null ? "PERSON" : facts.debtorType(), why, actor, now);
    records.history(id, "PROPOSED", "提出失信惩戒建议：" + why + "（待执行法院查明履行能力与失信情形，不自动纳入）", actor, now);
    cases.record(caseId, "CREDIT_PROPOSED", "对被执行人 " + facts.debtorName() + " 提出失信惩戒建议，待执行法院查明决定", actor);
    Map<String, Object> variables = new HashMap<>();
    variables.put("disciplineId", id);
    variables.put("caseId", caseId);
    variables.put("caseNumber", facts.caseNumber());
    variables.put("debtorName", facts.debtorName());
    variables.put("executingCourtGroup", facts.executingCourtGroup());
    publisher.publishEvent(new CreditEvents.Proposed(caseId, id, variables));
    return Optional.of(id);
  }

  /**
   * A removal cause arose in the case: every open entry of the case's debtor in this case (for a
   * {@link RemovalCause#debtorWide} cause, in every court's case) is removed within the working days the law allows.
   * @return how many entries the cause reached
   */
  public int removeFor(String caseId, RemovalCause cause, String note, String by) {
    List<Discipline> reached = new ArrayList<>(records.ofCase(caseId));
    if (cause.debtorWide()) {
      Set<String> debtors = new LinkedHashSet<>();
      reached.forEach(d -> debtors.add(d.debtorIdNumber()));
      debtors.forEach(idNumber -> records.ofDebtor(idNumber).stream()
          .filter(d -> reached.stream().noneMatch(r -> r.id().equals(d.id()))).forEach(reached::add));
    }
    int count = 0;
    for (Discipline d : reached) {
      if (requestRemoval(d.id(), cause, note, actor(by))) {
        count++;
      }
    }
    return count;
  }

  /** A debtor-wide cause (a bankruptcy suspension) for a debtor known by ID number: every court's entries. */
  public int removeForDebtor(String debtorIdNumber, RemovalCause cause, String note, String by) {
    int count = 0;
    for (Discipline d : records.ofDebtor(debtorIdNumber)) {
      if (requestRemoval(d.id(), cause, note, actor(by))) {
        count++;
      }
    }
    return count;
  }

  // --- from the court (REST) ---

  /** The executing court records a removal cause (e.g. the creditor's written request). */
  public void requestRemoval(String disciplineId, RemovalCause cause, String note, CurrentUser user) {
    Discipline d = actedOnBy(disciplineId, user);
    List<FieldError> errors = new ArrayList<>();
    if (cause == null) {
      errors.add(FieldError.of("cause", "请选择删除事由"));
    } else if (cause == RemovalCause.TERM_ENDED || cause == RemovalCause.WRONG_LISTING) {
      errors.add(FieldError.of("cause", "期限届满由系统处理，纳入错误须通过纠正申请审查"));
    }
    if (note == null || note.isBlank() || note.length() > 1000) {
      errors.add(FieldError.of("note", "请写明删除事由的依据（1000 字以内）"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (!d.status().open()) {
      throw new ConflictException("该失信惩戒已结束（" + d.status().label() + "），无需删除");
    }
    if (cause.debtorWide()) {
      removeForDebtor(d.debtorIdNumber(), cause, note, user.userId());
    } else {
      requestRemoval(disciplineId, cause, note, user.userId());
    }
  }

  /** Suspension with the creditor's consent (暂停失信惩戒): publication withdrawn, the term paused. */
  public void suspend(String disciplineId, Boolean creditorConsent, String reason, CurrentUser user) {
    Discipline d = actedOnBy(disciplineId, user);
    List<FieldError> errors = new ArrayList<>();
    if (!Boolean.TRUE.equals(creditorConsent)) {
      errors.add(FieldError.of("creditorConsent", "暂停失信惩戒须经申请执行人同意"));
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      errors.add(FieldError.of("reason", "请写明暂停理由（如筹措资金履行，1000 字以内）"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    d = records.lock(disciplineId).orElseThrow();
    if (d.status() != CreditStatus.LISTED && d.status() != CreditStatus.RESTRICTED) {
      throw new ConflictException("只有正在惩戒中的被执行人可以暂停失信惩戒（当前：" + d.status().label() + "）");
    }
    OffsetDateTime now = clock.now();
    records.update(d.id(), "status = ?, suspended_on = ?, published = FALSE", user.userId(), now,
        CreditStatus.SUSPENDED.name(), clock.today());
    if (d.published()) {
      pushes.enqueue(d.id(), "WITHDRAW");
    }
    records.releasePersons(d.id(), now);
    records.history(d.id(), "SUSPENDED", "经申请执行人同意暂停失信惩戒：" + reason + "；撤除公布，惩戒期限暂停计算", user.userId(), now);
  }

  /** Ends a suspension: measures and publication in force again, the term lengthened by the days it was paused. */
  public void resume(String disciplineId, String note, CurrentUser user) {
    actedOnBy(disciplineId, user);
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw new InvalidRequestException("note", "请写明恢复惩戒的理由（1000 字以内）");
    }
    Discipline d = records.lock(disciplineId).orElseThrow();
    if (d.status() != CreditStatus.SUSPENDED) {
      throw new ConflictException("该失信惩戒未暂停（当前：" + d.status().label() + "）");
    }
    OffsetDateTime now = clock.now();
    long paused = ChronoUnit.DAYS.between(d.suspendedOn(), clock.today());
    LocalDate termEnds = d.termEndsOn() == null ? null : d.termEndsOn().plusDays(paused);
    boolean listing = "LISTING".equals(d.measures());
    records.update(d.id(), "status = ?, suspended_on = NULL, term_ends_on = ?, published = ?", user.userId(), now,
        listing ? CreditStatus.LISTED.name() : CreditStatus.RESTRICTED.name(), termEnds, listing);
    jdbcRebind(d.id(), now);
    if (listing) {
      pushes.enqueue(d.id(), "PUBLISH");
    }
    records.history(d.id(), "RESUMED", "恢复失信惩戒：" + note + "；暂停 " + paused + " 日"
        + (termEnds == null ? "" : "，惩戒期限顺延至 " + CourtClock.text(termEnds)), user.userId(), now);
  }

  /** A one-time lifting (单次解禁) for a specific need, recorded with its purpose and date. */
  public void liftOnce(String disciplineId, String purpose, LocalDate liftedOn, CurrentUser user) {
    Discipline d = actedOnBy(disciplineId, user);
    List<FieldError> errors = new ArrayList<>();
    if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
      errors.add(FieldError.of("purpose", "请写明单次解禁的具体用途（如乘坐飞机就医，500 字以内）"));
    }
    if (liftedOn == null || liftedOn.isBefore(clock.today())) {
      errors.add(FieldError.of("liftedOn", "请填写解禁日期（不早于今日）"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (d.status() != CreditStatus.LISTED && d.status() != CreditStatus.RESTRICTED) {
      throw new ConflictException("只有正在限制消费的被执行人可以单次解禁（当前：" + d.status().label() + "）");
    }
    OffsetDateTime now = clock.now();
    records.insertLifting(d.id(), purpose, liftedOn, user.userId(), now);
    records.history(d.id(), "ONE_TIME_LIFTING", "单次解除限制消费：" + CourtClock.text(liftedOn) + "，用途：" + purpose,
        user.userId(), now);
  }

  /** A correction request (纠正申请), filed by the court for the debtor: reviewed within 15 days. */
  public long requestCorrection(String disciplineId, String reason, CurrentUser user) {
    Discipline d = actedOnBy(disciplineId, user);
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new InvalidRequestException("reason", "请写明纠正申请的理由（2000 字以内）");
    }
    if (!d.status().underDiscipline()) {
      throw new ConflictException("只能对惩戒中的失信信息申请纠正（当前：" + d.status().label() + "）");
    }
    if (records.openCorrection(d.id()).isPresent()) {
      throw new ConflictException("已有纠正申请在审查中");
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime due = calendar.periodEnd(clock.today(), properties.correctionReviewPeriod());
    long id = records.insertCorrection(d.id(), reason, user.userId(), now, due);
    records.history(d.id(), "CORRECTION_REQUESTED", "收到纠正申请：" + reason + "；应于 " + CourtClock.text(calendar.dayOf(due))
        + " 前审查", user.userId(), now);
    publisher.publishEvent(new CreditEvents.CorrectionFiled(d.caseId(), d.id(), due.toString()));
    return id;
  }

  /** Every discipline of the debtor that the user may see (the executing court's people, managers). */
  @Transactional(readOnly = true)
  public CreditView credit(String debtorIdNumber, CurrentUser user) {
    List<Discipline> visible = records.ofDebtor(debtorIdNumber).stream()
        .filter(d -> user.isMemberOf(Groups.MANAGERS) || Groups.courtsOf(user.groupIds()).contains(d.courtCode()))
        .toList();
    if (visible.isEmpty()) {
      throw new NotFoundException("没有该被执行人的失信惩戒信息：" + debtorIdNumber);
    }
    List<CreditView.Entry> entries = visible.stream().map(this::entry).toList();
    boolean listed = visible.stream().anyMatch(d -> d.status() == CreditStatus.LISTED);
    boolean restricted = visible.stream().anyMatch(d -> d.status() == CreditStatus.LISTED || d.status() == CreditStatus.RESTRICTED);
    return new CreditView(debtorIdNumber, visible.get(0).debtorName(), listed, restricted, entries);
  }

  /** The public list: current (published) entries only, by exact name or ID number, the ID masked. */
  @Transactional(readOnly = true)
  public List<PublicListEntry> publicSearch(String name, String idNumber) {
    List<FieldError> errors = new ArrayList<>();
    String n = name == null || name.isBlank() ? null : name.trim();
    String id = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
    if (n == null && id == null) {
      errors.add(FieldError.of("name", "请输入被执行人姓名或名称，或证件号码"));
    }
    if (n != null && n.length() > 200) {
      errors.add(FieldError.of("name", "姓名或名称过长"));
    }
    if (id != null && !id.matches("[0-9A-Z]{15,18}")) {
      errors.add(FieldError.of("idNumber", "证件号码应为 15 至 18 位数字或大写字母"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return records.publicList(n, id).stream().map(d -> new PublicListEntry(d.debtorName(),
        "ENTERPRISE".equals(d.debtorType()) ? d.debtorIdNumber() : mask(d.debtorIdNumber()), d.debtorType(),
        d.courtCode(), d.caseNumber(), records.groundsOf(d.id()).stream().map(g -> g.ground().label()).toList(),
        d.disciplinedOn())).toList();
  }

  /** A person's ID number as the public list shows it: the first four and last four characters. */
  static String mask(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    if (idNumber.length() <= 8) {
      return "*".repeat(idNumber.length());
    }
    return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
  }

  // --- the steps of the model (job workers) ---

  /** credit.record-facts: checks and records the facts; @return the DMN's inputs, or violations thrown as an outcome */
  public Map<String, Object> recordFacts(String disciplineId, Facts facts, String by) {
    Discipline d = records.lock(disciplineId).orElseThrow(() -> new NotFoundException("No credit discipline " + disciplineId));
    List<String> violations = new ArrayList<>();
    if (facts.ableToPerform() == null) {
      violations.add("请认定被执行人是否有履行能力");
    }
    facts.unknownGrounds().forEach(g -> violations.add("未知的失信情形：" + g));
    facts.evidenceByGround().forEach((g, evidence) -> {
      if (evidence == null || evidence.isBlank()) {
        violations.add("失信情形“" + g.label() + "”须附证据");
      } else if (evidence.length() > 2000) {
        violations.add("失信情形“" + g.label() + "”的证据说明过长（2000 字以内）");
      }
    });
    boolean minorById = minorByIdNumber(d);
    boolean minor = Boolean.TRUE.equals(facts.minor()) || minorById;
    if (minor && "ENTERPRISE".equals(d.debtorType())) {
      violations.add("被执行人为单位，不能认定为未成年人");
    }
    LocalDate today = clock.today();
    for (Discipline earlier : records.ofDebtor(d.debtorIdNumber())) {
      if (earlier.removalCause() == RemovalCause.CREDITOR_REQUEST && earlier.noRelistingUntil() != null
          && !today.isAfter(earlier.noRelistingUntil())) {
        Set<Ground> before = new java.util.HashSet<>();
        records.groundsOf(earlier.id()).forEach(g -> before.add(g.ground()));
        facts.evidenceByGround().keySet().stream().filter(before::contains).forEach(g -> violations.add(
            "申请执行人申请删除后六个月内不得以相同事由再次纳入：“" + g.label() + "”至 " + CourtClock.text(earlier.noRelistingUntil())));
      }
    }
    if (!violations.isEmpty()) {
      records.history(d.id(), "FACTS_REFUSED", String.join("；", violations), actor(by), clock.now());
      throw new BusinessOutcomeException("CREDIT_FACTS_INVALID", String.join("；", violations));
    }
    boolean repeat = records.ofDebtor(d.debtorIdNumber()).stream()
        .anyMatch(o -> !o.id().equals(d.id()) && o.disciplinedOn() != null && "LISTING".equals(o.measures()));
    long outstanding = cases.facts(d.caseId()).outstandingFen();
    Ground primary = SERIOUSNESS.stream().filter(facts.evidenceByGround()::containsKey).findFirst().orElse(null);
    OffsetDateTime now = clock.now();
    records.update(d.id(), "able_to_perform = ?, security_given = ?, assets_cover_debt = ?, later_in_order = ?, minor = ?,"
        + " violence_or_threats = ?, repeat_listing = ?, evasion = ?, outstanding_fen = ?, facts_recorded_by = ?,"
        + " facts_recorded_at = ?", actor(by), now, facts.ableToPerform(), bool(facts.securityGiven()),
        bool(facts.assetsCoverDebt()), bool(facts.laterInOrder()), minor, bool(facts.violenceOrThreats()), repeat,
        bool(facts.evasion()), outstanding, actor(by), now);
    records.replaceGrounds(d.id(), facts.evidenceByGround().entrySet().stream()
        .map(e -> new GroundRecord(e.getKey(), e.getValue().trim())).toList());
    records.history(d.id(), "FACTS_RECORDED", "查明：" + (facts.ableToPerform() ? "有履行能力" : "无履行能力")
        + (minor ? "；未成年人" + (minorById ? "（据身份证号码）" : "") : "")
        + (Boolean.TRUE.equals(facts.securityGiven()) ? "；已提供充分有效担保" : "")
        + (Boolean.TRUE.equals(facts.assetsCoverDebt()) ? "；已控制财产足以清偿" : "")
        + (Boolean.TRUE.equals(facts.laterInOrder()) ? "；履行顺序在后" : "")
        + "；失信情形：" + (facts.evidenceByGround().isEmpty() ? "无" : String.join("、",
            facts.evidenceByGround().keySet().stream().map(Ground::label).toList())), actor(by), now);
    Map<String, Object> v = new HashMap<>();
    v.put("minor", minor);
    v.put("ableToPerform", facts.ableToPerform());
    v.put("securityGiven", bool(facts.securityGiven()));
    v.put("assetsCoverDebt", bool(facts.assetsCoverDebt()));
    v.put("laterInOrder", bool(facts.laterInOrder()));
    v.put("ground", primary == null ? "NONE" : primary.name());
    v.put("violenceOrThreats", bool(facts.violenceOrThreats()));
    v.put("repeatListing", repeat);
    v.put("evasion", bool(facts.evasion()));
    v.put("outstandingFen", outstanding);
    v.put("factsErrors", null);
    return v;
  }

  /** credit.record-classification: the DMN's classification and reason; anything but DISHONEST ends the proposal. */
  public void recordClassification(String disciplineId, String classification, String reason) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    OffsetDateTime now = clock.now();
    boolean dishonest = "DISHONEST".equals(classification) && Boolean.TRUE.equals(d.ableToPerform())
        && !Boolean.TRUE.equals(d.minor());
    records.update(d.id(), "classification = ?, classification_reason = ?, status = ?", SYSTEM, now, classification,
        reason, dishonest ? CreditStatus.PROPOSED.name() : CreditStatus.NOT_LISTED.name());
    records.history(d.id(), dishonest ? "CLASSIFIED_DISHONEST" : "NOT_LISTED", reason, SYSTEM, now);
    if (!dishonest) {
      cases.record(d.caseId(), "CREDIT_NOT_LISTED", "被执行人 " + d.debtorName() + " 不予纳入失信名单：" + reason, SYSTEM);
    }
  }

  /**
   * credit.record-decision: checks the court's decision against the grade and records it. An unable debtor, a minor or
   * an excluded one cannot be disciplined here whatever the task was completed with.
   */
  public Map<String, Object> recordDecision(String disciplineId, Decision completed, String by) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    // the grade comes from the recorded facts, never from the variables the completion carried
    Ground primary = SERIOUSNESS.stream()
        .filter(g -> records.groundsOf(d.id()).stream().anyMatch(r -> r.ground() == g)).findFirst().orElse(null);
    Decision decision = completed.gradedBy(grading.grade(primary, Boolean.TRUE.equals(d.violenceOrThreats()),
        Boolean.TRUE.equals(d.repeatListing()), Boolean.TRUE.equals(d.evasion()),
        d.outstandingFen() == null ? 0 : d.outstandingFen()));
    List<String> violations = new ArrayList<>();
    if (!"DISHONEST".equals(d.classification()) || !Boolean.TRUE.equals(d.ableToPerform()) || Boolean.TRUE.equals(d.minor())
        || d.status() != CreditStatus.PROPOSED) {
      violations.add("该被执行人不属于失信（" + (d.classificationReason() == null ? d.status().label() : d.classificationReason())
          + "），不得纳入");
    }
    if (decision.listingDecided() == null) {
      violations.add("请决定是否予以惩戒");
    }
    if (decision.note() == null || decision.note().isBlank() || decision.note().length() > 1000) {
      violations.add("请写明决定理由（1000 字以内）");
    }
    boolean decided = Boolean.TRUE.equals(decision.listingDecided());
    int extension = decision.extensionMonths() == null ? 0 : decision.extensionMonths();
    boolean grace = Boolean.TRUE.equals(decision.graceGranted());
    if (decided) {
      if (decision.grade() == null || decision.measures() == null || decision.baseTermMonths() == null) {
        violations.add("缺少失信分级结果");
      } else {
        int min = decision.minExtensionMonths() == null ? 0 : decision.minExtensionMonths();
        int max = decision.maxExtensionMonths() == null ? 0 : decision.maxExtensionMonths();
        if (max == 0 && extension != 0) {
          violations.add("“" + gradeLabel(decision.grade()) + "”不得延长纳入期限");
        } else if (max > 0 && (extension < min || extension > max)) {
          violations.add("严重失信的延长期限应为 " + min + " 至 " + max + " 个月");
        }
      }
      if (grace) {
        if (!Boolean.TRUE.equals(decision.graceAllowed())) {
          violations.add("“" + gradeLabel(decision.grade()) + "”不适用宽限期");
        }
        Integer months = decision.graceMonths();
        if (months == null || months < properties.graceMinMonths() || months > properties.graceMaxMonths()) {
          violations.add("宽限期应为 " + properties.graceMinMonths() + " 至 " + properties.graceMaxMonths() + " 个月");
        }
      }
      violations.addAll(personViolations(d, decision.persons()));
    }
    if (!violations.isEmpty()) {
      records.history(d.id(), "DECISION_REFUSED", String.join("；", violations), actor(by), clock.now());
      throw new BusinessOutcomeException("CREDIT_DECISION_INVALID", String.join("；", violations));
    }
    OffsetDateTime now = clock.now();
    int term = decided && "LISTING".equals(decision.measures()) ? decision.baseTermMonths() + extension : 0;
    records.update(d.id(), "grade = ?, measures = ?, grade_reason = ?, term_months = ?, decided_by = ?, decided_at = ?,"
        + " decision_note = ?, status = ?", actor(by), now, decision.grade(), decision.measures(), decision.gradeReason(),
        term, actor(by), now, decision.note(), decided ? CreditStatus.PROPOSED.name() : CreditStatus.DECLINED.name());
    Map<String, Object> v = new HashMap<>();
    v.put("listingDecided", decided);
    v.put("graceGranted", decided && grace);
    v.put("decisionErrors", null);
    if (!decided) {
      records.history(d.id(), "DECLINED", "决定不予惩戒：" + decision.note(), actor(by), now);
      return v;
    }
    List<Person> persons = new ArrayList<>();
    persons.add(new Person("DEBTOR", d.debtorName(), d.debtorIdNumber(), null, null));
    persons.addAll(decision.persons());
    records.replacePersons(d.id(), persons);
    records.history(d.id(), "DECIDED", gradeLabel(decision.grade()) + "：" + ("LISTING".equals(decision.measures())
        ? "纳入失信被执行人名单 " + term + " 个月并限制消费" : "仅限制消费") + (grace ? "；给予宽限期 " + decision.graceMonths() + " 个月" : "")
        + "；理由：" + decision.note(), actor(by), now);
    if (grace) {
      v.put("graceMonths", decision.graceMonths());
    }
    return v;
  }

  /** credit.notify-grace: notice to the debtor; nothing is published before the grace period ends. @return its end */
  public OffsetDateTime notifyGrace(String disciplineId, int graceMonths) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    OffsetDateTime ends = calendar.periodEnd(clock.today(), Period.ofMonths(graceMonths));
    LocalDate lastDay = calendar.dayOf(ends.minusSeconds(1));
    OffsetDateTime now = clock.now();
    records.update(d.id(), "status = ?, grace_until = ?", SYSTEM, now, CreditStatus.GRACE.name(), lastDay);
    records.history(d.id(), "GRACE_NOTIFIED", "已通知被执行人：给予宽限期至 " + CourtClock.text(lastDay)
        + "，期内履行完毕的不予公布、不限制消费", SYSTEM, now);
    return ends;
  }

  /**
   * credit.publish: a listing is published through the credit platform; every grade restricts consumption, binding the
   * people recorded. @return when the term is next reviewed (the term's end for a listing)
   */
  public OffsetDateTime publish(String disciplineId) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    OffsetDateTime now = clock.now();
    LocalDate today = clock.today();
    boolean listing = "LISTING".equals(d.measures());
    if (d.status() == CreditStatus.LISTED || d.status() == CreditStatus.RESTRICTED) {
      return nextReview(d);
    }
    LocalDate termEnds = listing ? calendar.correspondingDay(today, Period.ofMonths(d.termMonths())).minusDays(1) : null;
    records.update(d.id(), "status = ?, published = ?, disciplined_on = ?, term_ends_on = ?", SYSTEM, now,
        listing ? CreditStatus.LISTED.name() : CreditStatus.RESTRICTED.name(), listing, today, termEnds);
    records.bindPersons(d.id(), now);
    if (listing) {
      pushes.enqueue(d.id(), "PUBLISH");
    }
    String people = String.join("、", records.personsOf(d.id()).stream().map(p -> p.name() + "（" + roleLabel(p.role()) + "）").toList());
    records.history(d.id(), listing ? "LISTED" : "RESTRICTED", (listing ? "纳入失信被执行人名单并公布，期限至 "
        + CourtClock.text(termEnds) + "；" : "") + "限制消费：" + people, SYSTEM, now);
    cases.record(d.caseId(), "CREDIT_DISCIPLINED", listing ? "被执行人 " + d.debtorName() + " 纳入失信名单至 "
        + CourtClock.text(termEnds) : "被执行人 " + d.debtorName() + " 限制消费", SYSTEM);
    return nextReview(records.find(d.id()).orElseThrow());
  }

  /**
   * credit.review-term: the term is over or the case's debt is paid (then the entry is removed for that cause);
   * otherwise @return empty and the next review is {@link #nextReview}
   */
  public Optional<RemovalCause> reviewTerm(String disciplineId) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    RemovalCause cause = null;
    if (cases.facts(d.caseId()).outstandingFen() == 0) {
      cause = RemovalCause.PAID_IN_FULL;
    } else if (d.status() == CreditStatus.LISTED && d.termEndsOn() != null && clock.today().isAfter(d.termEndsOn())) {
      cause = RemovalCause.TERM_ENDED;
    }
    if (cause != null) {
      OffsetDateTime now = clock.now();
      records.update(d.id(), "status = ?, removal_cause = ?, removal_requested_at = ?, removal_due_at = ?", SYSTEM, now,
          CreditStatus.REMOVAL_PENDING.name(), cause.name(), now, now);
    }
    return Optional.ofNullable(cause);
  }

  OffsetDateTime nextReview(String disciplineId) {
    return nextReview(records.find(disciplineId).orElseThrow());
  }

  private OffsetDateTime nextReview(Discipline d) {
    if (d.status() == CreditStatus.LISTED && d.termEndsOn() != null) {
      return calendar.endOfDay(d.termEndsOn());
    }
    return calendar.endOfDay(calendar.correspondingDay(clock.today(), properties.reviewInterval()));
  }

  /** credit.record-correction: a wrong listing leaves the discipline for removal at once; otherwise rejected. */
  public void recordCorrection(String disciplineId, Boolean listingWrong, String note, String by) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    var correction = records.openCorrection(d.id()).orElse(null);
    List<String> violations = new ArrayList<>();
    if (correction == null) {
      violations.add("没有待审查的纠正申请");
    }
    if (listingWrong == null) {
      violations.add("请认定纳入是否错误");
    }
    if (note == null || note.isBlank() || note.length() > 2000) {
      violations.add("请写明审查意见（2000 字以内）");
    }
    if (!violations.isEmpty()) {
      throw new BusinessOutcomeException("CREDIT_CORRECTION_INVALID", String.join("；", violations));
    }
    OffsetDateTime now = clock.now();
    records.decideCorrection(correction.id(), listingWrong ? "CORRECTED" : "REJECTED", note, actor(by), now);
    if (!listingWrong) {
      records.history(d.id(), "CORRECTION_REJECTED", "纠正申请经审查不成立：" + note, actor(by), now);
      return;
    }
    OffsetDateTime due = calendar.workingDaysEnd(clock.today(), properties.removalWorkingDays());
    records.update(d.id(), "status = ?, removal_cause = ?, removal_note = ?, removal_requested_at = ?, removal_due_at = ?",
        actor(by), now, CreditStatus.REMOVAL_PENDING.name(), RemovalCause.WRONG_LISTING.name(), note, now, due);
    records.history(d.id(), "CORRECTION_ACCEPTED", "纠正申请成立，纳入错误：" + note + "；立即删除（至迟 "
        + CourtClock.text(calendar.dayOf(due.minusSeconds(1))) + "）", actor(by), now);
    throw new BusinessOutcomeException("CREDIT_WRONG_LISTING", "纳入错误，予以纠正");
  }

  /** credit.remove: removal for the recorded cause, publication withdrawn at once, credit repaired. */
  public RemovalCause remove(String disciplineId, String by) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    if (d.status() == CreditStatus.REMOVED) {
      return d.removalCause();
    }
    RemovalCause cause = d.removalCause() == null ? RemovalCause.TERM_ENDED : d.removalCause();
    OffsetDateTime now = clock.now();
    LocalDate noRelisting = cause == RemovalCause.CREDITOR_REQUEST
        ? calendar.correspondingDay(clock.today(), properties.noRelistingPeriod()) : null;
    boolean everPublished = records.pushesOf(d.id()).stream().anyMatch(p -> p.action().equals("PUBLISH"));
    boolean withdrawnAlready = d.status() == CreditStatus.SUSPENDED || !d.published();
    records.update(d.id(), "status = ?, removal_cause = ?, removed_at = ?, removed_by = ?, published = FALSE,"
        + " no_relisting_until = ?", actor(by), now, CreditStatus.REMOVED.name(), cause.name(), now, actor(by), noRelisting);
    int released = records.releasePersons(d.id(), now);
    if (everPublished && !(withdrawnAlready && lastPushWasWithdrawal(d.id()))) {
      pushes.enqueue(d.id(), "WITHDRAW");
    }
    records.history(d.id(), "REMOVED", "删除失信信息：" + cause.label() + (released > 0 ? "；解除限制消费 " + released + " 人" : "")
        + (noRelisting == null ? "" : "；" + CourtClock.text(noRelisting) + " 前不得以相同事由再次纳入"), actor(by), now);
    records.history(d.id(), "CREDIT_REPAIRED", "信用修复：" + (everPublished ? "已向信用平台推送撤除公布" : "未曾公布，无需推送"),
        actor(by), now);
    cases.record(d.caseId(), "CREDIT_REMOVED", "被执行人 " + d.debtorName() + " 失信信息已删除（" + cause.label() + "），信用修复", actor(by));
    return cause;
  }

  // --- internals ---

  /** Records the cause and asks the process to remove the entry within the working days; @return whether it did */
  private boolean requestRemoval(String disciplineId, RemovalCause cause, String note, String by) {
    Discipline d = records.lock(disciplineId).orElseThrow();
    OffsetDateTime now = clock.now();
    String detail = cause.label() + (note == null || note.isBlank() ? "" : "：" + note);
    if (d.status() == CreditStatus.PROPOSED) {
      records.update(d.id(), "status = ?, removal_cause = ?, removal_note = ?", by, now, CreditStatus.WITHDRAWN.name(),
          cause.name(), note);
      records.history(d.id(), "WITHDRAWN", "惩戒建议撤回：" + detail, by, now);
      publisher.publishEvent(new CreditEvents.ProposalWithdrawn(d.caseId(), d.id(), "惩戒建议撤回：" + cause.name()));
      return true;
    }
    if (!d.status().underDiscipline()) {
      return false;
    }
    OffsetDateTime due = calendar.workingDaysEnd(clock.today(), properties.removalWorkingDays());
    records.update(d.id(), "status = ?, removal_cause = ?, removal_note = ?, removal_requested_at = ?, removal_due_at = ?",
        by, now, CreditStatus.REMOVAL_PENDING.name(), cause.name(), note, now, due);
    records.history(d.id(), "REMOVAL_REQUESTED", "删除事由：" + detail + "；应于 " + CourtClock.text(calendar.dayOf(due.minusSeconds(1)))
        + " 前删除（" + properties.removalWorkingDays() + " 个工作日内）", by, now);
    publisher.publishEvent(new CreditEvents.RemovalRequested(d.caseId(), d.id(), due.toString()));
    return true;
  }

  private boolean lastPushWasWithdrawal(String disciplineId) {
    var all = records.pushesOf(disciplineId);
    return !all.isEmpty() && all.get(all.size() - 1).action().equals("WITHDRAW");
  }

  private void jdbcRebind(String disciplineId, OffsetDateTime now) {
    records.jdbc().update("UPDATE credit_restricted_person SET bound_at = ?, released_at = NULL WHERE discipline_id = ?",
        now, disciplineId);
  }

  private Discipline actedOnBy(String disciplineId, CurrentUser user) {
    Discipline d = records.find(disciplineId).orElseThrow(() -> new NotFoundException("没有该失信惩戒：" + disciplineId));
    cases.executedBy(d.caseId(), user);
    return d;
  }

  private List<String> personViolations(Discipline d, List<Person> persons) {
    List<String> violations = new ArrayList<>();
    boolean enterprise = "ENTERPRISE".equals(d.debtorType());
    if (enterprise && persons.stream().noneMatch(p -> p.role().equals("LEGAL_REPRESENTATIVE"))) {
      violations.add("被执行人为单位的，限制消费须同时约束其法定代表人，请填写法定代表人");
    }
    if (!enterprise && !persons.isEmpty()) {
      violations.add("被执行人为自然人的，不约束其他人员");
    }
    for (Person p : persons) {
      if (!ENTERPRISE_ROLES.contains(p.role())) {
        violations.add("未知的人员身份：" + p.role());
      }
      if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
        violations.add(roleLabel(p.role()) + "的姓名应为 1 至 200 字");
      }
      if (p.idNumber() != null && !ResidentIdNumber.validate(p.idNumber(), clock.today()).valid()) {
        violations.add(roleLabel(p.role()) + "的身份证号码无效：" + ResidentIdNumber.validate(p.idNumber(), clock.today()).message());
      }
    }
    return violations;
  }

  private boolean minorByIdNumber(Discipline d) {
    if (!"PERSON".equals(d.debtorType())) {
      return false;
    }
    try {
      ResidentIdNumber id = ResidentIdNumber.parse(d.debtorIdNumber(), clock.today());
      return id.birthDate().plusYears(18).isAfter(clock.today());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private CreditView.Entry entry(Discipline d) {
    return new CreditView.Entry(d.id(), d.caseId(), d.caseNumber(), d.courtCode(), d.status().name(), d.status().label(),
        d.classification(), d.classificationReason(), d.grade(), d.gradeReason(), d.measures(), d.termMonths(),
        d.disciplinedOn(), d.termEndsOn(), d.graceUntil(), d.suspendedOn(), d.published(),
        records.groundsOf(d.id()).stream().map(g -> new CreditView.GroundView(g.ground().name(), g.ground().label(), g.evidence())).toList(),
        records.personsOf(d.id()).stream().map(p -> new CreditView.PersonView(p.role(), p.name(), p.idNumber(), p.boundAt(), p.releasedAt())).toList(),
        d.removalCause() == null ? null : d.removalCause().name(), d.removalCause() == null ? null : d.removalCause().label(),
        d.removalDueAt(), d.removedAt(), d.removedBy(), d.noRelistingUntil(),
        records.liftingsOf(d.id()).stream().map(l -> new CreditView.LiftingView(l.purpose(), l.liftedOn(), l.recordedBy(), l.recordedAt())).toList(),
        records.correctionsOf(d.id()).stream().map(c -> new CreditView.CorrectionView(c.id(), c.reason(), c.filedBy(), c.filedAt(),
            c.reviewDueAt(), c.outcome(), c.outcomeNote(), c.reviewedBy(), c.reviewedAt())).toList(),
        records.pushesOf(d.id()).stream().map(p -> new CreditView.PushView(p.action(), p.status(), p.attempts(), p.lastError(),
            p.platformRef(), p.createdAt(), p.deliveredAt())).toList(),
        records.historyOf(d.id()).stream().map(h -> new CreditView.HistoryView(h.type(), h.detail(), h.actor(), h.at())).toList());
  }

  static String gradeLabel(String grade) {
    return switch (grade == null ? "" : grade) {
      case "MINOR" -> "轻微失信";
      case "GENERAL" -> "一般失信";
      case "SERIOUS" -> "严重失信";
      default -> "失信";
    };
  }

  static String roleLabel(String role) {
    return switch (role == null ? "" : role) {
      case "DEBTOR" -> "被执行人";
      case "LEGAL_REPRESENTATIVE" -> "法定代表人";
      case "PRINCIPAL_OFFICER" -> "主要负责人";
      case "DIRECTLY_RESPONSIBLE" -> "直接责任人员";
      case "ACTUAL_CONTROLLER" -> "实际控制人";
      default -> String.valueOf(role);
    };
  }

  private static boolean bool(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private static String actor(String by) {
    return by == null || by.isBlank() ? SYSTEM : by;
  }
}
