package cn.court.crossexec.disposal;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders of the disposal's time limits, written to the case's event log (the tasks themselves stay open with
 * their due dates in Tasklist): the valuation not started within the period after the seizure, the auction not
 * started within the period after the reference price or after a failed round.
 */
@Configuration(proxyBeanMethods = false)
class DisposalReminderWorkers {

  @Bean
  JobWorker remindValuation(DisposalSteps steps) {
    return new Reminder("disposal.remind-valuation", "DISPOSAL_VALUATION_OVERDUE", "查封后未在规定期限内启动确定参考价：", steps);
  }

  @Bean
  JobWorker remindAuctionPlan(DisposalSteps steps) {
    return new Reminder("disposal.remind-auction-plan", "DISPOSAL_AUCTION_OVERDUE", "未在规定期限内启动拍卖：", steps);
  }

  private record Reminder(String topic, String eventType, String text, DisposalSteps steps) implements JobWorker {

    @Override
    public List<String> variables() {
      return List.of("disposalId");
    }

    @Override
    public JobResult handle(Job job) {
      Disposal d = steps.disposal(job.stringVariable("disposalId"));
      steps.record(d.caseId(), eventType, text + d.label());
      return JobResult.complete();
    }
  }
}
