package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the product: applications and referrals become process instances of
 * {@code cross-execution-application}, in the same transaction as the application's record.
 */
@cn.court.crossexec.platform.ConditionalOnEngine
@Service
@Transactional
public class IntakeService {

  static final String PROCESS = "cross-execution-application";
  static final String SUPPLEMENT_MESSAGE = "SupplementReceived";

  /** What the caller gets back: the application, and whether this call created it. */
  public record Submitted(ApplicationView application, boolean created) {}

  private final ApplicationRepository applications;
  private final ApplicationEventRepository events;
  private final DecisionRepository decisions;
  private final ApplicationValidator validator;
  private final ApplicationAccess access;
  private final ApplicationViews views;
  private final CourtService courts;
  private final ProcessStartVariables startVariables;
  private final RuntimeService runtime;
  private final Clock clock;
  private final ProcessMessages messages;

  IntakeService(ApplicationRepository applications, ApplicationEventRepository events, DecisionRepository decisions,
      ApplicationValidator validator, ApplicationAccess access, ApplicationViews views, CourtService courts,
      ProcessStartVariables startVariables, RuntimeService runtime, Clock clock, ProcessMessages messages) {
    this.messages = messages;
    this.applications = applications;
    this.events = events;
    this.decisions = decisions;
    this.validator = validator;
    this.access = access;
    this.views = views;
    this.courts = courts;
    this.startVariables = startVariables;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** A party's application. The same case submitted again by the same applicant returns the first one. */
  public Submitted apply(ApplicationRequest request, CurrentUser user) {
    if (!access.isApplicant(user)) {
      throw new AccessDeniedException("only applicants apply");
    }
    return submit(request, ApplicationSource.PARTY, null, user);
  }

  /** A court's own referral (依职权), recording the parties' wishes. */
  public Submitted refer(ReferralRequest request, CurrentUser user) {
    return submit(request.caseDetails(), ApplicationSource.REFERRAL, request.partiesWishes(), user);
  }

  private Submitted submit(ApplicationRequest request, ApplicationSource source, String wishes, CurrentUser user) {
    String prefix = source == ApplicationSource.REFERRAL ? "caseDetails." : "";
    String caseNumber = validator.validate(request, prefix);
    if (source == ApplicationSource.REFERRAL && !access.canRefer(user, request.originalCourtCode())) {
      throw new AccessDeniedException("not this user's court");
    }
    var existing = applications.findBySubmittedByAndCaseNumber(user.userId(), caseNumber);
    if (existing.isPresent()) {
      return new Submitted(views.of(existing.get(), true), false);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    CourtView original = courts.get(request.originalCourtCode());
    Application application =
        new Application(UUID.randomUUID().toString(), source, caseNumber, original.code(), original.parentCode(),
            request.filedOn(), request.originalCourtReceivedOnOrFiled(), request.amountClaimedFen(), request.assetLeads(), request.reasons(),
            request.indicators() == null ? Set.of() : request.indicators(),
            request.materials() == null ? Set.of() : request.materials(), wishes, user.userId(), now);
    int position = 0;
    for (PartyRequest p : request.applicants()) {
      application.addParty(new ApplicationParty(PartyRole.APPLICANT, position++, p.name().trim(), p.type(),
          ApplicationValidator.normalizedId(p, today)));
    }
    for (PartyRequest p : request.debtors()) {
      application.addParty(new ApplicationParty(PartyRole.DEBTOR, position++, p.name().trim(), p.type(),
          ApplicationValidator.normalizedId(p, today)));
    }
    request.excludedPeriodsOrEmpty()
        .forEach(p -> application.addExcludedPeriod(new ExcludedPeriod(p.kind(), p.from(), p.to())));
    applications.saveAndFlush(application);
    record(application.getId(), "SUBMITTED", source.label() + "：" + caseNumber, user.userId());
    runtime.startProcessInstanceByKey(PROCESS, application.getId(), startVariables.of(application));
    return new Submitted(views.of(application, true), true);
  }

  /** The applicant supplements missing material; the waiting process instance continues. */
  public ApplicationView supplement(String id, SupplementRequest request, CurrentUser user) {
    Application application = visible(id, user);
    if (!application.getSubmittedBy().equals(user.userId())) {
      throw new AccessDeniedException("only the applicant supplements");
    }
    if (application.getStatus() != ApplicationStatus.AWAITING_SUPPLEMENT) {
      throw new ConflictException("该申请当前不需要补正（状态：" + application.getStatus().label() + "）");
    }
    application.addMaterials(EnumSet.copyOf(request.materials()), OffsetDateTime.now(clock));
    record(id, "SUPPLEMENTED", "补交：" + labels(request.materials()) + (request.note() == null ? "" : "；" + request.note()),
        user.userId());
    // a durable process message, delivered after commit (conflicts with a worker retried there)
    ProcessMessage supplied = ProcessMessage.to(SUPPLEMENT_MESSAGE, id).describedAs("申请人补正材料");
    if (!messages.isAwaited(supplied)) {
      // The request for material is being sent at this very moment; nothing is kept, the applicant tries again.
      throw new ConflictException("补正通知正在送达，请稍后再提交补正材料");
    }
    messages.send(supplied);
    return views.of(application, true);
  }

  @Transactional(readOnly = true)
  public ApplicationView get(String id, CurrentUser user) {
    return views.of(visible(id, user), true);
  }

  @Transactional(readOnly = true)
  public List<ApplicationView> list(CurrentUser user) {
    List<Application> found;
    if (access.seesAll(user)) {
      found = applications.findAllByOrderByCreatedAtDesc();
    } else if (access.courtsOf(user).isEmpty()) {
      found = applications.findBySubmittedByOrderByCreatedAtDesc(user.userId());
    } else {
      found = applications.findInvolvingCourts(access.courtsOf(user));
    }
    return found.stream().map(a -> views.of(a, false)).toList();
  }

  /** The decision document in Chinese (HTML), for viewing and downloading. */
  @Transactional(readOnly = true)
  public String decisionDocument(String id, CurrentUser user) {
    Application application = visible(id, user);
    Decision decision = decisions.findById(id).orElseThrow(() -> new NotFoundException("该申请尚未作出交叉执行决定"));
    return DecisionDocument.render(application, decision, courts);
  }

  Application visible(String id, CurrentUser user) {
    Application application = applications.findById(id).orElseThrow(() -> new NotFoundException("未找到申请：" + id));
    if (!access.canSee(user, application)) {
      throw new NotFoundException("未找到申请：" + id); // 404, not 403: nothing leaks about others' cases
    }
    return application;
  }

  void record(String applicationId, String type, String detail, String actor) {
    events.save(new ApplicationEvent(applicationId, type, detail, actor, OffsetDateTime.now(clock)));
  }

  static String labels(Set<Material> materials) {
    return String.join("、", materials.stream().map(Material::label).sorted().toList());
  }
}
