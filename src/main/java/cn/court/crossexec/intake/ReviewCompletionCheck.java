package cn.court.crossexec.intake;

import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.workflow.CompletionRefused;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Checks the coordinator's review when its task completes, whatever sent it (the form or /engine-rest): the outcome is
 * ACCEPT or REJECT, and a rejection carries its reasons, which the applicant is shown. A bad completion is refused as
 * a whole (400 through /engine-rest, the task stays open) instead of failing at the gateway or rejecting with a
 * made-up reason. The decision's own facts (mode, courts) are checked by the record-decision worker.
 */
public class ReviewCompletionCheck implements TaskListener {

  static final int MAX_REASON = 500;

  @Override
  public void notify(DelegateTask task) {
    CompletionRefused.refuseIfAny("审查决定未提交", problems(task.getVariable("reviewOutcome"), task.getVariable("rejectionReason")));
  }

  static List<FieldError> problems(Object outcome, Object rejectionReason) {
    List<FieldError> problems = new ArrayList<>();
    if (!"ACCEPT".equals(outcome) && !"REJECT".equals(outcome)) {
      problems.add(FieldError.of("reviewOutcome", "审查结论须为 ACCEPT（决定交叉执行）或 REJECT（不予交叉执行）"));
    }
    if ("REJECT".equals(outcome)) {
      if (!(rejectionReason instanceof String reason) || reason.isBlank()) {
        problems.add(FieldError.of("rejectionReason", "不予交叉执行须写明理由"));
      } else if (reason.length() > MAX_REASON) {
        problems.add(FieldError.of("rejectionReason", "理由最多" + MAX_REASON + "字"));
      }
    }
    return problems;
  }
}
