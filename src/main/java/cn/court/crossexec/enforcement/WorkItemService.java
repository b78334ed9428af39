package cn.court.crossexec.enforcement;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Groups;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint work items (联合执行事项) and the creditor's asset leads. The coordinating command centre assigns items to
 * the courts under it, at any point while the case is being enforced, from its Tasklist desk or through the API; each
 * item becomes a user task for that court's group only (model joint-work-item). A lead becomes an item for the
 * executing court to verify within the limit; after 终本 it resumes the case.
 */
@Service
@Transactional
public class WorkItemService {

  static final String ASSIGNED_MESSAGE = "WorkItemAssigned";

  private final WorkItemRepository items;
  private final CaseAccess access;
  private final CourtService courts;
  private final CaseSteps steps;
  private final EnforcementProperties limits;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final ApplicationEventPublisher publisher;

  WorkItemService(WorkItemRepository items, CaseAccess access, CourtService courts, CaseSteps steps,
      EnforcementProperties limits, org.springframework.jdbc.core.JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
    this.items = items;
    this.access = access;
    this.courts = courts;
    this.steps = steps;
    this.limits = limits;
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  /** The coordinating command centre assigns an item through the API. */
  public WorkItemView assign(String caseId, WorkItemRequest request, CurrentUser user) {
    EnforcementCase theCase = access.coordinatedBy(caseId, user);
    WorkItem item = register(theCase, request.type(), request.courtCode(), request.dueOn(), request.instructions(), null,
        user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, ASSIGNED_MESSAGE, variables(item, theCase),
        "案件当前不在执行实施阶段，不能安排联合执行事项"));
    return WorkItemView.of(item);
  }

  /** A creditor's asset lead, recorded by a court of the case: verified by the executing court within the limit. */
  public WorkItemView submitLead(String caseId, LeadRequest request, CurrentUser user) {
    EnforcementCase theCase = access.visible(caseId, user);
    if (theCase.getStatus().isClosed()) {
      throw new ConflictException("案件已结案，不能登记财产线索");
    }
    long leadId = insertLead(caseId, request, user.userId());
    steps.record(caseId, "LEAD_SUBMITTED", "申请执行人提供财产线索：" + request.description()
        + (request.location() == null ? "" : "（" + request.location() + "）"), user.userId());
    if (theCase.getStatus() == CaseStatus.TERMINATED_FOR_NOW) {
      publisher.publishEvent(CaseMessage.required(caseId, "ResumptionRequested",
          Map.of("resumptionReason", "申请执行人提供财产线索：" + request.description()), "案件当前不能恢复执行"));
      return null;
    }
    Period period = Boolean.TRUE.equals(request.urgent()) ? limits.urgentLeadVerificationPeriod() : limits.leadVerificationPeriod();
    WorkItem item = register(theCase, WorkItemType.VERIFY_LEAD, theCase.getExecutingCourtCode(), steps.lastDay(steps.today(), period),
        "核查申请执行人提供的财产线索：" + request.description()
            + (request.location() == null ? "" : "；线索所在地：" + request.location()), leadId, user.userId());
    publisher.publishEvent(CaseMessage.required(caseId, ASSIGNED_MESSAGE, variables(item, theCase),
        "案件当前不在执行实施阶段，不能安排线索核查"));
    return WorkItemView.of(item);
  }

  /**
   * After a resumption: each lead the creditor brought while the case was terminated for now (it resumed the case)
   * becomes a 核查线索 item for the executing court, due by the lead limits counted from today. Called by the resumed
   * case's first step inside the enforcement (model task Task_AssignResumptionLeads), where the model listens for
   * WorkItemAssigned. @return how many items were assigned
   */
  int assignLeadsAfterResumption(String caseId) {
    EnforcementCase theCase = steps.theCase(caseId);
    List<Map<String, Object>> pending = jdbc.queryForList("SELECT l.id, l.description, l.location, l.urgent, l.submitted_by"
        + " FROM case_asset_lead l WHERE l.case_id = ? AND NOT EXISTS (SELECT 1 FROM case_work_item w WHERE w.lead_id = l.id)"
        + " ORDER BY l.id", caseId);
    for (Map<String, Object> lead : pending) {
      boolean urgent = Boolean.TRUE.equals(lead.get("urgent"));
      Period period = urgent ? limits.urgentLeadVerificationPeriod() : limits.leadVerificationPeriod();
      String location = (String) lead.get("location");
      WorkItem item = register(theCase, WorkItemType.VERIFY_LEAD, theCase.getExecutingCourtCode(),
          steps.lastDay(steps.today(), period), "核查申请执行人提供的财产线索（恢复执行）：" + lead.get("description")
              + (location == null ? "" : "；线索所在地：" + location), ((Number) lead.get("id")).longValue(), CaseSteps.SYSTEM);
      publisher.publishEvent(CaseMessage.required(caseId, ASSIGNED_MESSAGE, variables(item, theCase),
          "案件当前不在执行实施阶段，不能安排线索核查"));
    }
    return pending.size();
  }

  /**
   * Validates and records an item (also the path of the coordinator's Tasklist desk); nothing is written if invalid.
   * A refusal does not doom the caller's transaction: the desk's worker answers it with the reason.
   */
  @Transactional(noRollbackFor = {InvalidRequestException.class, ConflictException.class})
  WorkItem register(EnforcementCase theCase, WorkItemType type, String courtCode, LocalDate dueOn, String instructions,
      Long leadId, String by) {
    if (theCase.getStatus() != CaseStatus.OPEN) {
      throw new ConflictException("案件" + theCase.getStatus().label() + "，不能安排联合执行事项");
    }
    String code = courtCode == null ? "" : courtCode.trim();
    if (courts.find(code).isEmpty()) {
      throw new InvalidRequestException("courtCode", "未知法院代码：" + code);
    }
    if (!code.equals(theCase.getCoordinatingCourtCode()) && !courts.isUnder(code, theCase.getCoordinatingCourtCode())) {
      throw new InvalidRequestException("courtCode", "承办法院须为协调法院或其辖区内的法院");
    }
    if (dueOn == null || dueOn.isBefore(steps.today())) {
      throw new InvalidRequestException("dueOn", "办理期限不能早于今天");
    }
    if (instructions == null || instructions.isBlank()) {
      throw new InvalidRequestException("instructions", "请写明具体要求");
    }
    theCase.addCourt(code, "PARTICIPATING");
    WorkItem item = items.saveAndFlush(new WorkItem(theCase.getId(), type, code, dueOn, instructions.trim(), leadId, by, steps.now()));
    steps.record(theCase.getId(), "WORK_ITEM_ASSIGNED", "安排" + courts.get(code).name() + "办理" + type.label() + "："
        + item.getInstructions() + "（期限 " + dueOn + "）", by);
    return item;
  }

  /** What the joint-work-item model needs to create the court's task. */
  Map<String, Object> variables(WorkItem item, EnforcementCase theCase) {
    Map<String, Object> v = new HashMap<>();
    v.put("workItemId", String.valueOf(item.getId()));
    v.put("workItemCourtGroup", Groups.court(item.getCourtCode()));
    v.put("workItemDueAt", steps.endOf(item.getDueOn()));
    v.put("workItemDueText", CaseSteps.text(item.getDueOn()));
    v.put("workItemTitle", item.getType().label() + "：" + theCase.getCaseNumber());
    v.put("workItemType", item.getType().name());
    v.put("workItemInstructions", item.getInstructions());
    return v;
  }

  @Transactional(readOnly = true)
  public List<WorkItemView> ofCase(String caseId, CurrentUser user) {
    access.visible(caseId, user);
    return items.findByCaseIdOrderByIdAsc(caseId).stream().map(WorkItemView::of).toList();
  }

  /** The user's work list: their courts' items and those of the cases they coordinate (managers: all). */
  @Transactional(readOnly = true)
  public List<WorkItemView> list(CurrentUser user, String courtCode, Boolean overdue, String status) {
    Set<String> mine = CaseAccess.courtsOf(user);
    List<WorkItem> found = CaseAccess.seesAll(user) ? items.findAllByOrderByDueOnAscIdAsc()
        : mine.isEmpty() ? List.of() : items.findForCourts(mine);
    return found.stream()
        .filter(w -> courtCode == null || w.getCourtCode().equals(courtCode))
        .filter(w -> overdue == null || isOverdue(w) == overdue)
        .filter(w -> status == null || w.getStatus().name().equals(status))
        .map(WorkItemView::of)
        .toList();
  }

  /**
   * For the managers' statistics (the system, no person): the open work items owed by the given courts that are past
   * their due day or were reminded as overdue by their model.
   */
  @Transactional(readOnly = true)
  public List<WorkItemView> overdueOwedBy(java.util.Collection<String> courts) {
    if (courts.isEmpty()) {
      return List.of();
    }
    return items.findForCourts(courts).stream()
        .filter(w -> courts.contains(w.getCourtCode()) && isOverdue(w))
        .map(WorkItemView::of)
        .toList();
  }

  private boolean isOverdue(WorkItem w) {
    return w.getStatus() == WorkItem.Status.OPEN && (w.isOverdue() || w.getDueOn().isBefore(steps.today()));
  }

  private long insertLead(String caseId, LeadRequest request, String by) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(con -> {
      var ps = con.prepareStatement("INSERT INTO case_asset_lead (case_id, description, location, urgent, submitted_by, submitted_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, caseId);
      ps.setString(2, request.description().trim());
      ps.setString(3, request.location());
      ps.setBoolean(4, Boolean.TRUE.equals(request.urgent()));
      ps.setString(5, by);
      ps.setObject(6, steps.now());
      return ps;
    }, key);
    return key.getKey().longValue();
  }
}
