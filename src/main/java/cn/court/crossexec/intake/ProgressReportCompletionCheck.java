package cn.court.crossexec.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
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
    List<String> problems = problems(task.getVariable("substantiveProgress"), task.getVariable("progressReport"));
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("进展报告未提交：" + String.join("；", problems));
    }
  }

  static List<String> problems(Object progress, Object report) {
    List<String> problems = new ArrayList<>();
    if (!(progress instanceof Boolean)) {
      problems.add("substantiveProgress：须说明是否取得实质进展（是或否）");
    }
    if (!(report instanceof String text) || text.isBlank()) {
      problems.add("progressReport：须填写执行进展报告");
    } else if (text.length() > MAX_REPORT) {
      problems.add("progressReport：进展报告最多" + MAX_REPORT + "字");
    }
    return problems;
  }
}
