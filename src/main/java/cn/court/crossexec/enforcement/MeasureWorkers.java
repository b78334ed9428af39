package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.Groups;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workers of the control-measure model: read a measure's state and dates, record the holding court's renewal or
 * lifting, and flag a measure that expired unrenewed.
 */
@Configuration(proxyBeanMethods = false)
class MeasureWorkers {

  @Bean
  JobWorker loadMeasure(ControlMeasureService measures, MeasurePeriods periods, CaseSteps steps) {
    return new Worker("enforcement.load-measure", List.of("measureId"), job -> {
      MeasureView m = measures.find(Long.parseLong(job.stringVariable("measureId")));
      Map<String, Object> v = new HashMap<>();
      v.put("caseNumber", steps.theCase(m.caseId()).getCaseNumber());
      switch (m.status()) {
        case WAITING -> v.put("measureStatus", "WAITING");
        case EFFECTIVE -> {
          v.put("measureStatus", "EFFECTIVE");
          LocalDate remindOn = m.expiresOn().minusDays(periods.renewalReminderDays());
          OffsetDateTime remindAt = OffsetDateTime.parse(steps.endOf(remindOn.minusDays(1)));
          v.put("renewalReminderAt", (remindAt.isBefore(steps.now()) ? steps.now() : remindAt).toString());
          v.put("measureExpiresAt", steps.endOf(m.expiresOn()));
          v.put("measureExpiresText", CaseSteps.text(m.expiresOn()));
          v.put("holdingCourtGroup", Groups.court(m.courtCode()));
          v.put("measureText", m.kind().label() + "：" + m.assetDescription() + "（" + m.orderNumber() + "），"
              + m.assetType().label() + "，已续行 " + m.renewals() + " 次");
          v.put("measureTitle", "续行或解除" + m.kind().label() + "：" + m.assetDescription());
        }
        default -> v.put("measureStatus", "ENDED");
      }
      return JobResult.complete(v);
    });
  }

  @Bean
  JobWorker recordRenewal(ControlMeasureService measures, CaseSteps steps) {
    return new Worker("enforcement.record-renewal",
        List.of("measureId", "renewalDecision", "renewalOrderNumber", "renewalNote", "renewalDecidedBy"), job -> {
          long id = Long.parseLong(job.stringVariable("measureId"));
          String by = job.stringVariable("renewalDecidedBy");
          MeasureView before = measures.find(id);
          try {
            if ("LIFT".equals(job.stringVariable("renewalDecision"))) {
              measures.liftAsHolder(id, by);
            } else {
              measures.renewAsHolder(id, by);
            }
            steps.record(before.caseId(), "MEASURE_ORDER", "文号 " + job.stringVariable("renewalOrderNumber")
                + (job.stringVariable("renewalNote") == null ? "" : "；" + job.stringVariable("renewalNote")), by);
          } catch (ConflictException e) {
            // lifted or lapsed meanwhile: the model reads the measure again and ends the watch
            steps.record(before.caseId(), "MEASURE_RENEWAL_REFUSED", e.getMessage(), by);
          }
          return JobResult.complete();
        });
  }

  @Bean
  JobWorker flagLapsedMeasure(ControlMeasureService measures) {
    return new Worker("enforcement.flag-lapsed-measure", List.of("measureId"), job -> {
      measures.lapse(Long.parseLong(job.stringVariable("measureId")));
      return JobResult.complete();
    });
  }

  private record Worker(String topic, List<String> variables, java.util.function.Function<Job, JobResult> body)
      implements JobWorker {
    @Override
    public JobResult handle(Job job) {
      return body.apply(job);
    }
  }
}
