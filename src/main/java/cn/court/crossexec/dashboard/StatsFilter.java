package cn.court.crossexec.dashboard;

import cn.court.crossexec.enforcement.CaseStatus;
import java.time.LocalDate;

/** The dashboard's filters, validated: every field is optional (null: no restriction). */
record StatsFilter(String superiorCourt, String court, LocalDate from, LocalDate to, String category, String mode,
    CaseStatus status) {

  static StatsFilter none() {
    return new StatsFilter(null, null, null, null, null, null, null);
  }

  /** The period includes both ends; an open end does not restrict. */
  boolean inPeriod(LocalDate day) {
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
