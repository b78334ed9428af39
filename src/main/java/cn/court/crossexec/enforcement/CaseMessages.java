package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetInquiryAnswered;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.workflow.message.ProcessMessage;
import cn.court.crossexec.workflow.message.ProcessMessages;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link CaseMessage} and every answer of the asset-inquiry system as a durable process message
 * ({@link ProcessMessages}), in the transaction of the change that publishes it, in every process (the engine's or a
 * worker's). The engine delivers it after commit and retries until the model waits for it. A required message that no
 * instance waits for now is refused at once (409, nothing written), as before.
 */
@Component
class CaseMessages {

  /** The engine-side fallback ({@link CaseProcess}) that brings back a case whose process has ended. */
  static final String RESTART_CASE = "case-restart";
  /** Messages that bring back a case whose process has ended (终本 after the re-queries) or never started. */
  static final Set<String> RESTARTING = Set.of("ResumptionRequested", "PerformedInFull", "ApplicationWithdrawn");
  /** "Read the tables again" notices: nobody waiting is fine, the model reads the change when it gets there. */
  private static final Set<String> SKIPPED_WHEN_NOT_AWAITED = Set.of("LimitChanged", "MeasureChanged", "CoreAssetScreeningDecided");

  private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
      Map.entry("WorkItemAssigned", "协同事项已分派"),
      Map.entry("ResumptionRequested", "申请恢复执行"),
      Map.entry("PerformedInFull", "执行款足额到账，履行完毕"),
      Map.entry("ApplicationWithdrawn", "申请执行人撤回申请"),
      Map.entry("MeasureTaken", "已采取控制措施"),
      Map.entry("MeasureChanged", "控制措施已变更"),
      Map.entry("SettlementReached", "达成执行和解"),
      Map.entry("SettlementBreached", "执行和解未履行"),
      Map.entry("LimitChanged", "执行期限已变更"),
      Map.entry("ExtensionRequested", "申请延长执行期限"),
      Map.entry("ReferencePriceObjected", "对参考价提出异议"),
      Map.entry("CoreAssetScreeningDecided", "破产审查已就核心资产作出决定"),
      Map.entry("LawsuitJudged", "分配方案异议之诉已判决"),
      Map.entry("AssetInquiryAnswered", "网络查控系统已答复"));

  private final ProcessMessages messages;

  CaseMessages(ProcessMessages messages) {
    this.messages = messages;
  }

  @EventListener
  void on(CaseMessage message) {
    ProcessMessage process = toProcessMessage(message);
    if (message.required() && !messages.isAwaited(process)) {
      throw new ConflictException(message.conflictText());
    }
    messages.send(process);
  }

  /**
   * An answer of the inquiry system, stored in this transaction, reaches the source's wait (by inquiry id) as soon
   * as it waits; one that came before the wait is held until then (the wait's time-out still reads the table).
   */
  @EventListener
  void on(AssetInquiryAnswered answer) {
    messages.send(ProcessMessage.to("AssetInquiryAnswered", answer.caseId())
        .whereVariable("inquiryId", answer.inquiryId())
        .describedAs(description("AssetInquiryAnswered") + "（" + answer.source() + "，查询 " + answer.inquiryId() + "）"));
  }

  static ProcessMessage toProcessMessage(CaseMessage message) {
    ProcessMessage process = ProcessMessage.to(message.name(), message.caseId()).withVariables(message.variables());
    if (message.variableName() != null) {
      process = process.whereVariable(message.variableName(), message.variableValue());
    }
    if (!message.required()) {
      process = process.toAllWaiting(); // as before: every instance waiting hears an optional message
    } else if (message.variableName() != null) {
      process = new ProcessMessage(process.kind(), process.name(), process.businessKey(), process.matchVariable(),
          process.matchValue(), process.variables(), false, process.whenNotAwaited(), null, null); // exactly one
    }
    if (SKIPPED_WHEN_NOT_AWAITED.contains(message.name())) {
      process = process.skipWhenNotAwaited();
    }
    if (RESTARTING.contains(message.name())) {
      process = process.orElse(RESTART_CASE);
    }
    return process.describedAs(description(message.name()));
  }

  private static String description(String name) {
    return DESCRIPTIONS.getOrDefault(name, "案件流程消息 " + name);
  }
}
