package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One thin worker per bankruptcy.* topic of bankruptcy-transfer (business key = transfer id): each hands the step to
 * {@link BankruptcyTransferService} and completes with what the model routes on. Who completed the user task before a
 * recording step is in {@code stepBy} (set by {@link TransferTaskCheck}).
 */
@Configuration(proxyBeanMethods = false)
class TransferWorkers {

  @Bean
  JobWorker bankruptcyScreen(BankruptcyTransferService transfers) {
    return worker("bankruptcy.screen", job -> JobResult.complete(
        transfers.screen(job.businessKey(), job.variables()::get, by(job))));
  }

  @Bean
  JobWorker bankruptcyHoldCoreAssets(BankruptcyTransferService transfers) {
    return worker("bankruptcy.hold-core-assets", job -> JobResult.complete(
        Map.of("heldAssets", transfers.holdCoreAssets(job.businessKey()))));
  }

  @Bean
  JobWorker bankruptcyAskConsent(BankruptcyTransferService transfers) {
    return worker("bankruptcy.ask-consent", job -> JobResult.complete(transfers.askConsent(job.businessKey())));
  }

  @Bean
  JobWorker bankruptcyCloseConsent(BankruptcyTransferService transfers) {
    return worker("bankruptcy.close-consent", job -> JobResult.complete(
        Map.of("consented", transfers.closeConsent(job.businessKey()))));
  }

  @Bean
  JobWorker bankruptcyRecordStep(BankruptcyTransferService transfers) {
    return worker("bankruptcy.record-step", job -> {
      transfers.recordStep(job.businessKey(), job.activityId(), job.variables()::get, by(job));
      return JobResult.complete();
    });
  }

  @Bean
  JobWorker bankruptcyRecordDecision(BankruptcyTransferService transfers) {
    return worker("bankruptcy.record-decision", job -> JobResult.complete(transfers.recordDecision(job.businessKey())));
  }

  @Bean
  JobWorker bankruptcyFlagLateService(BankruptcyTransferService transfers) {
    return worker("bankruptcy.flag-late-service", job -> {
      transfers.flagLateService(job.businessKey());
      return JobResult.complete();
    });
  }

  private static String by(Job job) {
    String by = job.stringVariable("stepBy");
    return by == null || by.isBlank() ? BankruptcyTransferService.SYSTEM : by;
  }

  private static JobWorker worker(String topic, java.util.function.Function<Job, JobResult> step) {
    return new JobWorker() {
      @Override
      public String topic() {
        return topic;
      }

      @Override
      public JobResult handle(Job job) {
        return step.apply(job);
      }
    };
  }
}
