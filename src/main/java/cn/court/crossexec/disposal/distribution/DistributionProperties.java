package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time limits of a distribution (民诉法解释第五百零九条至第五百一十二条), from configuration: the workers turn them
 * into the timers of bpmn/distribution.bpmn.
 *
 * @param claimWindow creditors file their claims within this period of the distribution's opening
 * @param objectionPeriod a creditor or the debtor objects to the plan within this period of its notice (15 days)
 * @param counterObjectionPeriod the other side counters an objection within this period (15 days)
 * @param lawsuitPeriod the objector sues within this period of the counter-objection's notice (15 days)
 */
@ConfigurationProperties("crossexec.disposal.distribution")
public record DistributionProperties(Period claimWindow, Period objectionPeriod, Period counterObjectionPeriod,
    Period lawsuitPeriod) {

  private static final Period FIFTEEN_DAYS = Period.ofDays(15);

  public DistributionProperties {
    claimWindow = positive(claimWindow, "claim-window");
    objectionPeriod = atLeastTheLaw(objectionPeriod, "objection-period");
    counterObjectionPeriod = atLeastTheLaw(counterObjectionPeriod, "counter-objection-period");
    lawsuitPeriod = atLeastTheLaw(lawsuitPeriod, "lawsuit-period");
  }

  private static Period positive(Period value, String name) {
    if (value == null) {
      return FIFTEEN_DAYS;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("crossexec.disposal.distribution." + name + " must be positive");
    }
    return value;
  }

  /** The law gives the parties 15 days: a shorter period would take away part of their right, so start-up refuses. */
  private static Period atLeastTheLaw(Period value, String name) {
    Period checked = positive(value, name);
    LocalDate from = LocalDate.of(2000, 1, 1); // months and years are compared by what they add to a day
    if (from.plus(checked).isBefore(from.plus(FIFTEEN_DAYS))) {
      throw new IllegalArgumentException("crossexec.disposal.distribution." + name + " is " + checked
          + ": the law gives the parties at least 15 days (民诉法解释第五百零九条至第五百一十二条)");
    }
    return checked;
  }
}
