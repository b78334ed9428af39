package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "enforcement_case_party")
class CaseParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "party_role", nullable = false)
  private String role;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Column(name = "party_type", nullable = false)
  private String type;

  @Column(name = "id_number", nullable = false)
  private String idNumber;

  protected CaseParty() {}

  CaseParty(String role, int position, String name, String type, String idNumber) {
    this.role = role;
    this.position = position;
    this.name = name;
    this.type = type;
    this.idNumber = idNumber;
  }

  String getRole() { return role; }
  String getName() { return name; }
  String getType() { return type; }
  String getIdNumber() { return idNumber; }
}
