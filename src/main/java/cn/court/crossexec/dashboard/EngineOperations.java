package cn.court.crossexec.dashboard;

import cn.court.crossexec.enforcement.CaseStatsRow;
import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import cn.court.crossexec.workflow.message.ProcessMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where the machinery needs a person: the engine's open incidents (a step that failed its retries) and the process
 * messages that could not be delivered, attributed to a court through the case (the process instance's business key,
 * or the message's). Needs the engine, so only where it runs. Managers and coordinators only: the links lead to
 * Cockpit and to the messages list, which are theirs.
 */
@ConditionalOnEngine
@Component
class EngineOperations {

  /** At most this many incidents and messages are read; enough for a dashboard, and bounded. */
  static final int LIMIT = 1000;
  static final String MESSAGES_LINK = "/api/process-messages?state=UNDELIVERABLE";
  static final String COCKPIT_PROCESSES = "/camunda/app/cockpit/default/#/processes";

  private final StatsService stats;
  private final RuntimeService runtime;
  private final ProcessMessages messages;
  private final java.time.Clock clock;

  EngineOperations(StatsService stats, RuntimeService runtime, ProcessMessages messages, java.time.Clock clock) {
    this.clock = clock;
    this.stats = stats;
    this.runtime = runtime;
    this.messages = messages;
  }

  Operations operations(CurrentUser user, StatsFilter filter) {
    boolean manager = user.isMemberOf(Groups.MANAGERS) || user.isMemberOf(Groups.ADMINS);
    boolean coordinator = user.groupIds().stream().anyMatch(g -> g.startsWith(Groups.commandCentre("")));
    if (!manager && !coordinator) {
      throw new AccessDeniedException("incidents and undeliverable messages are for managers and coordinators");
    }
    StatsService.Scoped s = stats.scoped(user, filter);
    Map<String, CaseStatsRow> byId = s.byId();
    boolean showUnassigned = manager && filter.court() == null && filter.superiorCourt() == null;

    List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, LIMIT);
    Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, String> keyOf = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        keyOf.put(p.getId(), p.getBusinessKey());
      }
    }
    List<Operations.IncidentRow> incidentRows = new ArrayList<>();
    for (Incident i : incidents) {
      CaseStatsRow c = byId.get(keyOf.get(i.getProcessInstanceId()));
      if (c != null || showUnassigned) {
        incidentRows.add(new Operations.IncidentRow(i.getId(), c == null ? keyOf.get(i.getProcessInstanceId()) : c.id(),
            c == null ? null : c.enforcementNumber(), c == null ? null : c.executingCourtCode(),
            c == null ? Operations.UNASSIGNED : s.courtName(c.executingCourtCode()), i.getIncidentType(), i.getActivityId(),
            i.getIncidentMessage(), i.getIncidentTimestamp().toInstant().atZone(clock.getZone()).toOffsetDateTime(),
            i.getProcessInstanceId() == null ? COCKPIT_PROCESSES
                : "/camunda/app/cockpit/default/#/process-instance/" + i.getProcessInstanceId() + "/runtime",
            c == null ? null : StatsService.caseLink(c.id())));
      }
    }
    List<Operations.MessageRow> messageRows = new ArrayList<>();
    for (ProcessMessages.Undeliverable m : messages.undeliverable(LIMIT)) {
      CaseStatsRow c = m.businessKey() == null ? null : byId.get(m.businessKey());
      if (c != null || showUnassigned) {
        messageRows.add(new Operations.MessageRow(m.id(), m.businessKey(), c == null ? null : c.enforcementNumber(),
            c == null ? null : c.executingCourtCode(), c == null ? Operations.UNASSIGNED : s.courtName(c.executingCourtCode()),
            m.description(), m.lastError(), m.since(),
            MESSAGES_LINK + (m.businessKey() == null ? "" : "&caseId=" + java.net.URLEncoder.encode(m.businessKey(),
                java.nio.charset.StandardCharsets.UTF_8)),
            c == null ? null : StatsService.caseLink(c.id())));
      }
    }
    List<Operations.CourtOperations> byCourt = new ArrayList<>();
    s.courts().forEach(court -> add(byCourt, court.code(), court.name(), incidentRows, messageRows));
    if (showUnassigned) {
      add(byCourt, null, Operations.UNASSIGNED, incidentRows, messageRows);
    }
    return new Operations(byCourt, incidentRows, messageRows, MESSAGES_LINK, COCKPIT_PROCESSES);
  }

  /** A court's line, only when it has something open. */
  private static void add(List<Operations.CourtOperations> lines, String code, String name,
      List<Operations.IncidentRow> incidents, List<Operations.MessageRow> messages) {
    long i = incidents.stream().filter(r -> java.util.Objects.equals(code, r.courtCode())).count();
    long m = messages.stream().filter(r -> java.util.Objects.equals(code, r.courtCode())).count();
    if (i + m > 0) {
      lines.add(new Operations.CourtOperations(code, name, i, m));
    }
  }
}
