package cn.court.crossexec.disposal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;

/**
 * Checks of one configured value against the law's bound: a missing value takes the default, a value beyond the bound
 * throws with the property's name and the article, so that the application refuses to start.
 */
final class LegalBound {

  private LegalBound() {}

  /** A period the law caps in days ("within 30 days"); by default the law's own period. */
  static Period daysAtMost(Period value, int maxDays, String property, String article) {
    Period days = inDays(value, maxDays, property);
    if (days.getDays() > maxDays) {
      throw beyond(property, "at most " + maxDays + " days", article, value);
    }
    return days;
  }

  /** A period the law sets as a minimum in days ("at least 15 days before"); by default the law's own period. */
  static Period daysAtLeast(Period value, int minDays, String property, String article) {
    Period days = inDays(value, minDays, property);
    if (days.getDays() < minDays) {
      throw beyond(property, "at least " + minDays + " days", article, value);
    }
    return days;
  }

  static Duration durationAtLeast(Duration value, Duration minimum, String property, String article) {
    if (value == null) {
      return minimum;
    }
    if (value.compareTo(minimum) < 0) {
      throw beyond(property, "at least " + minimum, article, value);
    }
    return value;
  }

  /**
   * A share (0.70 = 70 %) within the law's closed range, without trailing zeros: YAML reads 0.70 as 0.7, and the
   * same setting must give equal properties however it was written.
   */
  static BigDecimal ratioBetween(BigDecimal value, String fallback, String min, String max, String property,
      String article) {
    if (value == null) {
      return new BigDecimal(fallback).stripTrailingZeros();
    }
    if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
      throw beyond(property, "between " + min + " and " + max, article, value);
    }
    return value.stripTrailingZeros();
  }

  /** A period the law leaves to the court: any positive length. */
  static Period positive(Period value, Period fallback, String property) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(property + " must be positive; configured: " + value);
    }
    return value;
  }

  static Duration positive(Duration value, Duration fallback, String property) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(property + " must be positive; configured: " + value);
    }
    return value;
  }

  private static Period inDays(Period value, int fallbackDays, String property) {
    if (value == null) {
      return Period.ofDays(fallbackDays);
    }
    if (value.getYears() != 0 || value.getMonths() != 0) {
      // a month is 28 to 31 days: a bound in days cannot be checked on it
      throw new IllegalArgumentException(property + " must be given in days (e.g. P30D); configured: " + value);
    }
    if (value.getDays() <= 0) {
      throw new IllegalArgumentException(property + " must be positive; configured: " + value);
    }
    return value;
  }

  private static IllegalArgumentException beyond(String property, String bound, String article, Object value) {
    return new IllegalArgumentException(
        property + " must be " + bound + " under " + article + "; configured: " + value);
  }
}
