package cn.court.crossexec.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A period that does not count toward the six months, e.g. valuation or suspension (inclusive dates). */
@Entity
@Table(name = "xe_excluded_period")
class ExcludedPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExcludedPeriodKind kind;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "to_date", nullable = false)
  private LocalDate toDate;

  protected ExcludedPeriod() {}

  ExcludedPeriod(ExcludedPeriodKind kind, LocalDate fromDate, LocalDate toDate) {
    this.kind = kind;
    this.fromDate = fromDate;
    this.toDate = toDate;
  }

  ExcludedPeriodKind getKind() { return kind; }
  LocalDate getFromDate() { return fromDate; }
  LocalDate getToDate() { return toDate; }
}
