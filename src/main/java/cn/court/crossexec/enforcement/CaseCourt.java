package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A court taking part in a case, with its role (coordinating, executing, participating, original). */
@Entity
@Table(name = "enforcement_case_court")
class CaseCourt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "court_code", nullable = false)
  private String courtCode;

  @Column(name = "court_role", nullable = false)
  private String role;

  protected CaseCourt() {}

  CaseCourt(String courtCode, String role) {
    this.courtCode = courtCode;
    this.role = role;
  }

  String getCourtCode() { return courtCode; }
  String getRole() { return role; }
}
