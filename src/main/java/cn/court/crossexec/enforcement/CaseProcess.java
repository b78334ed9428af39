package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConditionalOnEngine;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.court.crossexec.workflow.message.NotAwaitedHandler;
import cn.court.crossexec.workflow.message.ProcessMessage;
import org.springframework.stereotype.Component;

/**
 * The engine side of the case: starts the case's process, brings back a dormant case for a restarting message (the
 * fallback of the durable process messages, see {@link CaseMessages}), and reads the process history for the timeline.
 * Only where the engine runs; the job workers never correlate (they return variables).
 */
@ConditionalOnEngine
@Component
class CaseProcess {

  static final String PROCESS = "coordinated-enforcement";
  private static final Logger log = LoggerFactory.getLogger(CaseProcess.class);
  /** What the timeline shows of the process history: the steps people and workers did, timers and messages. */
  private static final Set<String> SHOWN = Set.of("userTask", "serviceTask", "callActivity", "boundaryTimer",
      "intermediateTimer", "intermediateMessageCatch", "boundaryMessage", "messageStartEvent", "boundaryError", "noneEndEvent");

  /** Messages that bring back a case whose process has ended (终本 after the re-queries) or never started. */
  private static final Set<String> RESTARTING = CaseMessages.RESTARTING;

  private final RuntimeService runtime;
  private final HistoryService history;

  CaseProcess(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /**
   * Delivers a message to the case's process at once, in the caller's transaction (the start-up reconciliation, on the
   * engine side). Everything else goes through {@link CaseMessages} and the durable process messages.
   */
  void deliverNow(CaseMessage message) {
    MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message.name())
        .processInstanceBusinessKey(message.caseId())
        .setVariables(message.variables());
    if (message.variableName() != null) {
      correlation = correlation.processInstanceVariableEquals(message.variableName(), message.variableValue());
    }
    correlation.correlateAllWithResult();
  }

  /** The fallback of the restarting messages: a case without a running process is started again and hears it. */
  @Component
  @ConditionalOnEngine
  static class RestartDormantCase implements NotAwaitedHandler {

    private final CaseProcess process;

    RestartDormantCase(CaseProcess process) {
      this.process = process;
    }

    @Override
    public String name() {
      return CaseMessages.RESTART_CASE;
    }

    @Override
    public boolean canTake(ProcessMessage message) {
      return RESTARTING.contains(message.name()) && !process.isRunning(message.businessKey());
    }

    @Override
    public boolean take(ProcessMessage message) {
      return RESTARTING.contains(message.name())
          && process.restartDormant(new CaseMessage(message.businessKey(), message.name(), message.variables(), false, null, null, null));
    }
  }

  /**
   * A case whose process is no longer running (终本 after its five years of re-queries, or a case opened before its
   * process existed) is brought back: a new instance starts (its first step resumes a 终本 case), and the message is
   * delivered to it — a resumption is that start itself.
   */
  private boolean restartDormant(CaseMessage message) {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(message.caseId()).count() > 0) {
      return false;
    }
    log.info("Case {} has no running process: starting one for {}", message.caseId(), message.name());
    start(message.caseId());
    if (!message.name().equals("ResumptionRequested")) {
      runtime.createMessageCorrelation(message.name()).processInstanceBusinessKey(message.caseId())
          .setVariables(message.variables()).correlateWithResult();
    }
    return true;
  }

  void start(String caseId) {
    runtime.startProcessInstanceByKey(PROCESS, caseId, java.util.Map.of("caseId", caseId));
  }

  boolean isRunning(String caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(caseId).count() > 0;
  }

  /** The decision's process is about to call this case's process (it waits at the hand-off or has just reached it). */
  boolean isHandingOver(String caseId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("cross-execution-application")
        .variableValueEquals("caseId", caseId).activityIdIn("Task_HandOffEnforcement").count() > 0;
  }

  boolean isWatched(String caseId, long measureId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("control-measure").processInstanceBusinessKey(caseId)
        .variableValueEquals("measureId", String.valueOf(measureId)).count() > 0;
  }

  /** The steps of the case's processes (the case and its called processes), oldest first. */
  List<CaseView.Event> timeline(String caseId, ZoneId zone) {
    List<CaseView.Event> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()) {
      if (!instance.getProcessDefinitionKey().equals(PROCESS) && !isCalledByCase(instance)) {
        continue;
      }
      for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list()) {
        if (!SHOWN.contains(step.getActivityType()) || step.getActivityName() == null) {
          continue;
        }
        boolean done = step.getEndTime() != null;
        String detail = (done ? "" : "进行中：") + step.getActivityName()
            + (step.isCanceled() ? "（已取消）" : "");
        entries.add(new CaseView.Event("PROCESS_" + step.getActivityType(), detail,
            step.getAssignee() == null ? CaseSteps.SYSTEM : step.getAssignee(),
            OffsetDateTime.ofInstant((done ? step.getEndTime() : step.getStartTime()).toInstant(), zone)));
      }
    }
    entries.sort(Comparator.comparing(CaseView.Event::occurredAt));
    return entries;
  }

  private static boolean isCalledByCase(HistoricProcessInstance instance) {
    return instance.getSuperProcessInstanceId() != null;
  }
}
