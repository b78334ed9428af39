package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetSource;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal time limits of the enforcement lifecycle (审限规定; 办理执行案件若干期限的规定; 财产调查规定), all from
 * configuration: the workers turn them into the due dates and timers of the coordinated-enforcement model.
 *
 * @param handlerPeriod name the handler within this period of the hand-over (7 days)
 * @param noticePeriod send the enforcement notice and asset-report order within this period of the handler (3 days)
 * @param investigationPeriod finish the asset investigation within this period (generally 1 month)
 * @param leadVerificationPeriod verify a creditor's asset lead within this period (5 days)
 * @param urgentLeadVerificationPeriod the same for an urgent lead (3 days)
 * @param limitMonths conclude within this many months of filing (6), excluded periods not counted
 * @param limitWarningDays warn this many days before the limit expires (30 and 7)
 * @param extensionMonths an approved extension adds this many months (3)
 * @param extensionRequestLeadDays an extension must be requested at least this many days before expiry (5)
 * @param inquirySources the sources every inquiry round asks
 * @param inquiryAnswerTimeout how long a source has to answer before it is asked again
 * @param inquiryRetryDelay how long to wait before asking a failed or silent source again
 * @param inquiryMaxAttempts how many times a source is asked before it is flagged for the court
 * @param requeryPeriod after 终本, re-query the debtor's assets this often (6 months)
 * @param requeryYears ... for this many years (5)
 * @param forNowMinMonths 终本 only after this many months since filing, or since the resumption of a resumed case (3)
 * @param nonLitigationLimitMonths the limit of a non-litigation case (非诉执行, e.g. an administrative decision or an
 *     arbitral award: 3 months)
 * @param maxExtensions how many extensions a case may be granted (1)
 */
@ConfigurationProperties("crossexec.enforcement")
public record EnforcementProperties(
    Period handlerPeriod,
    Period noticePeriod,
    Period investigationPeriod,
    Period leadVerificationPeriod,
    Period urgentLeadVerificationPeriod,
    int limitMonths,
    List<Integer> limitWarningDays,
    int extensionMonths,
    int extensionRequestLeadDays,
    List<AssetSource> inquirySources,
    Duration inquiryAnswerTimeout,
    Duration inquiryRetryDelay,
    int inquiryMaxAttempts,
    Period requeryPeriod,
    int requeryYears,
    int forNowMinMonths,
    int nonLitigationLimitMonths,
    int maxExtensions) {

  public EnforcementProperties {
    handlerPeriod = positive(handlerPeriod, Period.ofDays(7), "handler-period");
    noticePeriod = positive(noticePeriod, Period.ofDays(3), "notice-period");
    investigationPeriod = positive(investigationPeriod, Period.ofMonths(1), "investigation-period");
    leadVerificationPeriod = positive(leadVerificationPeriod, Period.ofDays(5), "lead-verification-period");
    urgentLeadVerificationPeriod = positive(urgentLeadVerificationPeriod, Period.ofDays(3), "urgent-lead-verification-period");
    limitMonths = limitMonths <= 0 ? 6 : limitMonths;
    limitWarningDays = limitWarningDays == null || limitWarningDays.isEmpty() ? List.of(30, 7)
        : limitWarningDays.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    extensionMonths = extensionMonths <= 0 ? 3 : extensionMonths;
    extensionRequestLeadDays = extensionRequestLeadDays <= 0 ? 5 : extensionRequestLeadDays;
    inquirySources = inquirySources == null || inquirySources.isEmpty() ? List.of(AssetSource.values()) : List.copyOf(inquirySources);
    inquiryAnswerTimeout = inquiryAnswerTimeout == null ? Duration.ofDays(2) : inquiryAnswerTimeout;
    inquiryRetryDelay = inquiryRetryDelay == null ? Duration.ofHours(1) : inquiryRetryDelay;
    inquiryMaxAttempts = inquiryMaxAttempts <= 0 ? 3 : inquiryMaxAttempts;
    requeryPeriod = positive(requeryPeriod, Period.ofMonths(6), "requery-period");
    requeryYears = requeryYears <= 0 ? 5 : requeryYears;
    forNowMinMonths = forNowMinMonths <= 0 ? 3 : forNowMinMonths;
    nonLitigationLimitMonths = nonLitigationLimitMonths <= 0 ? 3 : nonLitigationLimitMonths;
    maxExtensions = maxExtensions <= 0 ? 1 : maxExtensions;
  }

  /** The limit in months for a case of this type. */
  int limitMonthsOf(CaseType type) {
    return type == CaseType.NON_LITIGATION ? nonLitigationLimitMonths : limitMonths;
  }

  /** How many re-queries the years after 终本 hold (5 years every 6 months: 10). */
  int requeryRounds() {
    return (int) Math.max(1, (requeryYears * 12L) / Math.max(1, requeryPeriod.toTotalMonths()));
  }

  private static Period positive(Period value, Period fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("crossexec.enforcement." + name + " must be positive");
    }
    return value;
  }
}
