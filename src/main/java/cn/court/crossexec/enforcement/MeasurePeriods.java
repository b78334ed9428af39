package cn.court.crossexec.enforcement;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maximum period of a control measure by asset type (民诉法解释第四百八十五条): deposits 1 year, movables 2 years, real
 * estate and other property rights 3 years; each renewal at most the same period. Checked against those bounds.
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
      if (entry.getValue().toTotalMonths() > LEGAL_MAXIMUM.get(entry.getKey()).toTotalMonths()
          || entry.getValue().isNegative() || entry.getValue().isZero()) {
        throw new IllegalArgumentException("crossexec.enforcement.measure-periods." + entry.getKey()
            + " must be positive and at most " + LEGAL_MAXIMUM.get(entry.getKey()));
      }
    }
    measurePeriods = Map.copyOf(periods);
    renewalReminderDays = renewalReminderDays <= 0 ? 30 : renewalReminderDays;
  }

  Period of(AssetType type) {
    return measurePeriods.get(type);
  }
}
