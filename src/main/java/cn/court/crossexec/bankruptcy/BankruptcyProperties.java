package cn.court.crossexec.bankruptcy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a court may change about the enforcement–bankruptcy linkage without a release (the screening rules themselves
 * are rows of bpmn/bankruptcy-screening.dmn).
 *
 * @param consentPeriod the parties' time to answer whether they consent to the transfer (法发〔2017〕2号 art. 4 sets
 *     none: 15 days by default, *to confirm*), counted by the legal calendar from the day after they are asked
 * @param servePeriod the transfer decision is served within this period (art. 7: 5 days; a longer one refuses to start)
 */
@ConfigurationProperties("crossexec.bankruptcy")
public record BankruptcyProperties(Period consentPeriod, Period servePeriod) {

  static final Period LAW_SERVE_PERIOD = Period.ofDays(5);

  public BankruptcyProperties {
    consentPeriod = consentPeriod == null ? Period.ofDays(15) : consentPeriod;
    servePeriod = servePeriod == null ? LAW_SERVE_PERIOD : servePeriod;
    if (consentPeriod.isNegative() || consentPeriod.isZero()) {
      throw new IllegalArgumentException("crossexec.bankruptcy.consent-period must be positive");
    }
    if (servePeriod.isNegative() || servePeriod.isZero() || servePeriod.toTotalMonths() > 0
        || servePeriod.getDays() > LAW_SERVE_PERIOD.getDays()) {
      throw new IllegalArgumentException("crossexec.bankruptcy.serve-period: 1 to 5 days (法发〔2017〕2号第七条)");
    }
  }
}
