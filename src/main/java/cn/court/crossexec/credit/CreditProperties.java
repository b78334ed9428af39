package cn.court.crossexec.credit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a court may change about credit discipline without a release (the grades, measures and terms themselves are
 * rows of bpmn/dishonesty-grading.dmn).
 *
 * @param graceMinMonths shortest grace period (宽限期) a court may grant, in months
 * @param graceMaxMonths longest grace period, in months
 * @param reviewInterval how often a consumption restriction without term (or a suspended listing) is reviewed
 * @param removalWorkingDays removal within this many working days of the cause (2017 规定 art. 10: 3)
 * @param correctionReviewPeriod a correction request is reviewed within this period (15 days)
 * @param noRelistingPeriod after a removal at the creditor's request, no listing on the same ground for this long
 * @param pushAttempts attempts of a push to the credit platform before it is shown as failed
 * @param pushBackoffSeconds delay before the second attempt, doubled for each later one
 */
@ConfigurationProperties("crossexec.credit")
public record CreditProperties(Integer graceMinMonths, Integer graceMaxMonths, Period reviewInterval,
    Integer removalWorkingDays, Period correctionReviewPeriod, Period noRelistingPeriod, Integer pushAttempts,
    Integer pushBackoffSeconds) {

  public CreditProperties {
    graceMinMonths = graceMinMonths == null ? 1 : graceMinMonths;
    graceMaxMonths = graceMaxMonths == null ? 3 : graceMaxMonths;
    reviewInterval = reviewInterval == null ? Period.ofMonths(6) : reviewInterval;
    removalWorkingDays = removalWorkingDays == null ? 3 : removalWorkingDays;
    correctionReviewPeriod = correctionReviewPeriod == null ? Period.ofDays(15) : correctionReviewPeriod;
    noRelistingPeriod = noRelistingPeriod == null ? Period.ofMonths(6) : noRelistingPeriod;
    pushAttempts = pushAttempts == null ? 5 : pushAttempts;
    pushBackoffSeconds = pushBackoffSeconds == null ? 30 : pushBackoffSeconds;
    if (graceMinMonths < 1 || graceMaxMonths < graceMinMonths) {
      throw new IllegalArgumentException("crossexec.credit.grace-min-months/grace-max-months: 1 <= min <= max");
    }
  }
}
