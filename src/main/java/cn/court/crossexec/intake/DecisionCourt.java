package cn.court.crossexec.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "xe_decision_court")
class DecisionCourt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "court_code", nullable = false)
  private String courtCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "court_role", nullable = false)
  private CourtRole role;

  protected DecisionCourt() {}

  DecisionCourt(String courtCode, CourtRole role) {
    this.courtCode = courtCode;
    this.role = role;
  }

  String getCourtCode() { return courtCode; }
  CourtRole getRole() { return role; }
}
