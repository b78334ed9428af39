package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.Groups;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.authorization.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's identity in step with the court directory at every start: one {@code court-<code>} group
 * per court, one {@code command-centre-<code>} group per high and intermediate court, {@code managers},
 * {@code applicants}, the workers' system account, and what each group may do. Runs before the job workers and
 * the webapps take requests. Idempotent: it only adds what is missing.
 */
@Component
@ConditionalOnEngine
class IdentitySetup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String COURT_TASKS_FILTER = "本院待办";
  static final String MY_TASKS_FILTER = "我的任务";
  private static final String SYSTEM_GROUP = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
  private static final String WORKFLOW_GROUP = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

  private final CourtService courts;
  private final EngineAccess access;
  private final FilterService filters;
  private final TaskService tasks;
  private final AccessProperties accounts;
  private final ObjectProvider<DemoUsers> demoUsers;

  IdentitySetup(
      CourtService courts,
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks,
      AccessProperties accounts,
      ObjectProvider<DemoUsers> demoUsers) {
    this.courts = courts;
    this.access = new EngineAccess(identity, authorizations);
    this.filters = filters;
    this.tasks = tasks;
    this.accounts = accounts;
    this.demoUsers = demoUsers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (CourtView court : courts.findAll()) {
      access.ensureGroup(Groups.court(court.code()), court.name() + "执行干警", WORKFLOW_GROUP);
      grantOfficerBasics(Groups.court(court.code()));
      access.ensureGroup(Groups.president(court.code()), court.name() + "院长", WORKFLOW_GROUP);
      grantOfficerBasics(Groups.president(court.code()));
      if (court.hasCommandCentre()) {
        String centre = Groups.commandCentre(court.code());
        access.ensureGroup(centre, court.name() + "执行指挥中心", WORKFLOW_GROUP);
        grantOfficerBasics(centre);
      }
    }
    setUpManagers();
    access.ensureGroup(Groups.APPLICANTS, "当事人", WORKFLOW_GROUP);
    access.ensureGroup(Groups.GATEWAYS, "外部系统", SYSTEM_GROUP);
    setUpWorkers();
    setUpAdmin();
    setUpTasklistFilters();
    demoUsers.ifAvailable(DemoUsers::create);
    log.info("Engine identity in step with the court directory");
  }

  /** Tasklist, the shared filters, and process names and diagrams. Tasks themselves come by candidate group. */
  private void grantOfficerBasics(String groupId) {
    access.grantGroup(groupId, APPLICATION, TASKLIST, ACCESS);
    access.grantGroup(groupId, PROCESS_DEFINITION, EngineAccess.ANY, READ);
    access.grantGroup(groupId, DECISION_DEFINITION, EngineAccess.ANY, READ);
  }

  /** Managers watch everything in Cockpit, read-only. */
  private void setUpManagers() {
    String managers = Groups.MANAGERS;
    access.ensureGroup(managers, "执行局领导", WORKFLOW_GROUP);
    access.grantGroup(managers, APPLICATION, COCKPIT, ACCESS);
    access.grantGroup(managers, APPLICATION, TASKLIST, ACCESS);
    access.grantGroup(managers, PROCESS_DEFINITION, EngineAccess.ANY,
        READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    access.grantGroup(managers, PROCESS_INSTANCE, EngineAccess.ANY, READ);
    access.grantGroup(managers, TASK, EngineAccess.ANY, READ);
    access.grantGroup(managers, DECISION_DEFINITION, EngineAccess.ANY, READ, Permissions.READ_HISTORY);
    access.grantGroup(managers, DECISION_REQUIREMENTS_DEFINITION, EngineAccess.ANY, READ);
    access.grantGroup(managers, DEPLOYMENT, EngineAccess.ANY, READ);
  }

  /** The job workers fetch, lock and complete external tasks of every process. */
  private void setUpWorkers() {
    String workers = Groups.WORKERS;
    access.ensureGroup(workers, "作业执行器", SYSTEM_GROUP);
    access.grantGroup(workers, PROCESS_DEFINITION, EngineAccess.ANY, ALL);
    access.grantGroup(workers, PROCESS_INSTANCE, EngineAccess.ANY, ALL);
    AccessProperties.Account worker = accounts.worker();
    if (worker.hasPassword()) {
      access.ensureSystemUser(worker.username(), "作业执行器", "系统账号", worker.password());
      access.ensureMembership(worker.username(), workers);
    }
  }

  private void setUpAdmin() {
    access.ensureGroup(Groups.ADMINS, "系统管理员", SYSTEM_GROUP);
    // Administrators may do everything, as the engine's own admin-user set-up grants.
    for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      access.grantGroup(Groups.ADMINS, resource, EngineAccess.ANY, ALL);
    }
    AccessProperties.Account admin = accounts.admin();
    if (admin.hasPassword()) {
      access.ensureUser(admin.username(), "系统", "管理员", admin.password());
      access.ensureMembership(admin.username(), Groups.ADMINS);
    }
  }

  /** Shared Tasklist filters every officer reads: their courts' open work, and what they have claimed. */
  private void setUpTasklistFilters() {
    ensureFilter(
        COURT_TASKS_FILTER,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        Map.of("description", "本院（本中心）的全部待办事项", "priority", -10, "refresh", true, "variables", CARD_VARIABLES));
    ensureFilter(
        MY_TASKS_FILTER,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        Map.of("description", "我已认领的事项", "priority", -5, "refresh", true, "variables", CARD_VARIABLES));
  }

  /** What a Tasklist card shows of the case: its enforcement number and parties. */
  private static final java.util.List<Map<String, String>> CARD_VARIABLES = java.util.List.of(
      Map.of("name", "enforcementNumber", "label", "执行案号"),
      Map.of("name", "applicantsText", "label", "申请执行人"),
      Map.of("name", "debtorsText", "label", "被执行人"));

  private void ensureFilter(String name, TaskQuery query, Map<String, Object> properties) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(new HashMap<>(properties));
    filters.saveFilter(filter);
    access.grantEveryone(FILTER, filter.getId(), READ);
  }
}
