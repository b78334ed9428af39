package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetInquiryAnswered;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.workflow.ConditionalOnEngine;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine side of the case: hands messages from the services and the asset-inquiry gateway to the case's process
 * instances (business key = case id), in the caller's transaction, and reads the process history for the timeline.
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
  private static final Set<String> RESTARTING = Set.of("ResumptionRequested", "PerformedInFull", "ApplicationWithdrawn");

  private final RuntimeService runtime;
  private final HistoryService history;

  private final org.springframework.transaction.support.TransactionTemplate newTransaction;

  CaseProcess(RuntimeService runtime, HistoryService history,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.history = history;
    this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener
  void on(CaseMessage message) {
    MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message.name())
        .processInstanceBusinessKey(message.caseId())
        .setVariables(message.variables());
    if (message.variableName() != null) {
      correlation = correlation.processInstanceVariableEquals(message.variableName(), message.variableValue());
    }
    if (message.required()) {
      try {
        correlation.correlateWithResult();
      } catch (MismatchingMessageCorrelationException e) {
        if (!RESTARTING.contains(message.name()) || !restartDormant(message)) {
          throw new ConflictException(message.conflictText());
        }
      }
    } else if (correlation.correlateAllWithResult().isEmpty() && RESTARTING.contains(message.name()) && restartDormant(message)) {
      log.debug("Message {} for case {} restarted its process", message.name(), message.caseId());
    } else {
      log.debug("Message {} for case {}: delivered, or nobody waiting and the model reads the change when it gets there",
          message.name(), message.caseId());
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

  /**
   * An answer of the inquiry system reaches the source's wait once the answer is safely stored (after commit): if the
   * delivery fails, or nobody waits yet, the wait's time-out reads the stored answer, so no answer is lost.
   */
  @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
  void on(AssetInquiryAnswered answer) {
    try {
      // its own transaction: after commit the answer's transaction is finished and must not carry engine writes
      Integer delivered = newTransaction.execute(tx -> runtime.createMessageCorrelation("AssetInquiryAnswered")
          .processInstanceBusinessKey(answer.caseId())
          .processInstanceVariableEquals("inquiryId", answer.inquiryId())
          .correlateAllWithResult().size());
      if (delivered == null || delivered == 0) {
        log.debug("Answer to inquiry {} arrived while no process waited for it", answer.inquiryId());
      }
    } catch (RuntimeException e) {
      log.warn("Answer to inquiry {} stored but not delivered now ({}); the time-out will read it", answer.inquiryId(),
          e.toString());
    }
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
