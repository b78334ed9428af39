package cn.court.crossexec.enforcement;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maximum period of a control measure by asset type (民诉法解释第四百八十五条): deposits 1 year, movables 2 years, real
 * estate and other property rights 3 years; each renewal at most the same period. Checked against those bounds by
 * the end dates they give (a period in days counts: P400D for a deposit is refused).
 */
@ConfigurationProperties("crossexec.enforcement")
public record MeasurePeriods(Map<AssetType, Period> measurePeriods, int renewalReminderDays) {

  private static final Map<AssetType, Period> LEGAL_MAXIMUM =
      Map.of(AssetType.DEPOSIT, Period.ofYears(1), AssetType.MOVABLE, Period.ofYears(2),
          AssetType.REAL_ESTATE, Period.ofYears(3), AssetType.OTHER_RIGHT, Period.ofYears(3));

  public MeasurePeriods {
    Map<AssetType, Period> periods = new EnumMap<>(AssetType.class);
    periods.putAll(LEGAL_MAXIMUM);
    if (measurePeriods != null) {
      periods.putAll(measurePeriods);
    }
    for (var entry : periods.entrySet()) {
      if (!withinMaximum(entry.getValue(), LEGAL_MAXIMUM.get(entry.getKey()))
          || entry.getValue().isNegative() || entry.getValue().isZero()) {
        throw new IllegalArgumentException("crossexec.enforcement.measure-periods." + entry.getKey()
            + " must be positive and at most " + LEGAL_MAXIMUM.get(entry.getKey()));
      }
    }
    measurePeriods = Map.copyOf(periods);
    renewalReminderDays = renewalReminderDays <= 0 ? 30 : renewalReminderDays;
  }

  /**
   * Whether a period never ends later than the maximum, whatever day it starts: the end dates are compared over a whole
   * leap-year cycle of start days (P400D is longer than P1Y although it has no years; P11M30D is not).
   */
  static boolean withinMaximum(Period period, Period maximum) {
    java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 4 * 366; i++) {
      java.time.LocalDate d = start.plusDays(i);
      if (d.plus(period).isAfter(d.plus(maximum))) {
        return false;
      }
    }
    return true;
  }

  Period of(AssetType type) {
    return measurePeriods.get(type);
  }
}
