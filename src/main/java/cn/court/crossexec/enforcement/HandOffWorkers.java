package cn.court.crossexec.enforcement;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The explicit hand-off points of the case to the capabilities that follow it: asset disposal and distribution, the
 * enforcement–bankruptcy linkage, and credit discipline. Each records the hand-off on the case with the executing
 * court's reasons; the credit hand-off is announced ({@link CaseOutcomes.HandedToCredit}), and credit discipline opens
 * a proposal for the case's debtor in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class HandOffWorkers {

  @Bean
  JobWorker handOffDisposal(CaseSteps steps) {
    return new HandOff("enforcement.hand-off-disposal", "HANDED_TO_DISPOSAL", "移送财产处置（评估、拍卖、变卖）", steps, NONE);
  }

  @Bean
  JobWorker handOffCredit(CaseSteps steps, ApplicationEventPublisher events) {
    return new HandOff("enforcement.hand-off-credit", "HANDED_TO_CREDIT", "移送失信惩戒（纳入失信名单、限制消费）", steps,
        (caseId, reason, by) -> events.publishEvent(new CaseOutcomes.HandedToCredit(caseId, reason, by)));
  }

  @Bean
  JobWorker handOffBankruptcy(CaseSteps steps) {
    return new HandOff("enforcement.hand-off-bankruptcy", "HANDED_TO_BANKRUPTCY", "移送破产审查（执转破）", steps, NONE);
  }

  /** What the capability behind a hand-off does with it, in the same transaction. */
  private interface Then {
    void handOff(String caseId, String reason, String by);
  }

  private static final Then NONE = (caseId, reason, by) -> {};

  private record HandOff(String topic, String eventType, String what, CaseSteps steps, Then then) implements JobWorker {

    @Override
    public List<String> variables() {
      return List.of("nextStepReason", "nextStepDecidedBy");
    }

    @Override
    public JobResult handle(Job job) {
      steps.record(job.businessKey(), eventType, what + "：" + job.stringVariable("nextStepReason"),
          job.stringVariable("nextStepDecidedBy"));
      then.handOff(job.businessKey(), job.stringVariable("nextStepReason"), job.stringVariable("nextStepDecidedBy"));
      return JobResult.complete();
    }
  }
}
