package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.workflow.CompletionRefused;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Checks every user task of bankruptcy-transfer when it completes, whatever sent it (the form or /engine-rest): a bad
 * completion is refused as a whole (400 through /engine-rest, the task stays open) with the reasons in Chinese. A good
 * one leaves who completed it in {@code stepBy}, which the recording step writes into the history.
 */
public class TransferTaskCheck implements TaskListener {

  static final int MAX_TEXT = 1000;
  static final int MAX_OPINION = 2000;
  static final int MAX_EMPLOYEES = 10_000_000;

  @Override
  public void notify(DelegateTask task) {
    CompletionRefused.refuseIfAny("未提交", problems(task.getTaskDefinitionKey(), task::getVariable));
    task.getExecution().setVariable("stepBy", task.getAssignee() == null ? "unknown" : task.getAssignee());
  }

  /** What is wrong with a completion of the task {@code taskKey}; nothing when it may complete. */
  static List<FieldError> problems(String taskKey, Function<String, Object> variables) {
    List<FieldError> p = new ArrayList<>();
    switch (taskKey) {
      case "Task_ReviewProposal" -> {
        bool(p, variables, "proposalAccepted", "请选择是否启动破产甄别");
        text(p, variables, "reviewNote", "请写明理由", MAX_TEXT);
      }
      case "Task_RecordScreeningFacts" -> screeningFacts(p, variables);
      case "Task_AssessRescueValue" -> {
        Object d = variables.apply("rescueDecision");
        if (!"TRANSFER".equals(d) && !"CONTINUE".equals(d)) {
          p.add(FieldError.of("rescueDecision", "评估结论须为 TRANSFER（征询同意移送）或 CONTINUE（继续执行）"));
        }
        text(p, variables, "assessmentNote", "请写明评估意见", MAX_TEXT);
      }
      case "Task_JudgeOpinion" -> {
        bool(p, variables, "recommendTransfer", "请选择是否建议移送");
        text(p, variables, "opinion", "请写明承办法官意见", MAX_OPINION);
      }
      case "Task_CollegialReview" -> {
        bool(p, variables, "reviewApproved", "请选择合议庭评议结论");
        text(p, variables, "reviewNote", "请写明评议意见", MAX_TEXT);
      }
      case "Task_PresidentSign" -> {
        bool(p, variables, "presidentSigned", "请选择是否签署移送决定书");
        if (Boolean.FALSE.equals(variables.apply("presidentSigned"))) {
          text(p, variables, "signNote", "不予签署的须写明理由", MAX_TEXT);
        }
      }
      case "Task_IntermediateApproval" -> {
        bool(p, variables, "approvalGranted", "请选择是否批准");
        text(p, variables, "approvalNote", "请写明审批意见", MAX_TEXT);
      }
      case "Task_ServeDecision" -> text(p, variables, "servedTo", "请写明送达对象与方式", 500);
      default -> p.add(FieldError.of("task", "未知任务：" + taskKey));
    }
    return p;
  }

  /** The facts the court records for the screening (the cases' own facts are computed by the server). */
  static void screeningFacts(List<FieldError> p, Function<String, Object> variables) {
    for (String key : List.of("stillOperating", "booksKept", "staffRemaining", "brandOrLicences")) {
      Object v = variables.apply(key);
      if (v != null && !(v instanceof Boolean)) {
        p.add(FieldError.of(key, "须为是或否"));
      }
    }
    Object employees = variables.apply("employees");
    if (!(employees instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 0
        || n.doubleValue() > MAX_EMPLOYEES) {
      p.add(FieldError.of("employees", "在职职工人数须为 0 至 " + MAX_EMPLOYEES + " 的整数"));
    }
    try {
      long fen = Money.fenOfYuan(variables.apply("assetsFoundYuan"));
      if (fen > Money.MAX_FEN) {
        p.add(FieldError.of("assetsFoundYuan", Money.MAX_TEXT));
      }
    } catch (IllegalArgumentException e) {
      p.add(FieldError.of("assetsFoundYuan", "查明财产价值" + e.getMessage()));
    }
    Object note = variables.apply("factsNote");
    if (note != null && (!(note instanceof String s) || s.length() > MAX_TEXT)) {
      p.add(FieldError.of("factsNote", "说明最多" + MAX_TEXT + "字"));
    }
  }

  private static void bool(List<FieldError> p, Function<String, Object> variables, String key,
      String message) {
    if (!(variables.apply(key) instanceof Boolean)) {
      p.add(FieldError.of(key, message));
    }
  }

  private static void text(List<FieldError> p, Function<String, Object> variables, String key,
      String message, int max) {
    Object v = variables.apply(key);
    if (!(v instanceof String s) || s.isBlank()) {
      p.add(FieldError.of(key, message));
    } else if (s.length() > max) {
      p.add(FieldError.of(key, "最多" + max + "字"));
    }
  }
}
