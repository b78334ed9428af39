package cn.court.crossexec.intake;

import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.workflow.CompletionRefused;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Checks the original court's progress report under supervised enforcement (督促执行) when its task completes: whether
 * substantive progress was made is a yes or no (the gateway after it decides whether the superior court must take
 * over, 民事诉讼法第二百三十七条), and the report itself is written. Refused as a whole otherwise; the task stays open.
 */
public class ProgressReportCompletionCheck implements TaskListener {

  static final int MAX_REPORT = 2000;

  @Override
  public void notify(DelegateTask task) {
    CompletionRefused.refuseIfAny("进展报告未提交", problems(task.getVariable("substantiveProgress"), task.getVariable("progressReport")));
  }

  static List<FieldError> problems(Object progress, Object report) {
    List<FieldError> problems = new ArrayList<>();
    if (!(progress instanceof Boolean)) {
      problems.add(FieldError.of("substantiveProgress", "须说明是否取得实质进展（是或否）"));
    }
    if (!(report instanceof String text) || text.isBlank()) {
      problems.add(FieldError.of("progressReport", "须填写执行进展报告"));
    } else if (text.length() > MAX_REPORT) {
      problems.add(FieldError.of("progressReport", "进展报告最多" + MAX_REPORT + "字"));
    }
    return problems;
  }
}
