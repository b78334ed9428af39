package cn.court.crossexec.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An applicant (申请执行人) or debtor (被执行人) of an application, with their verified ID number or USCC. */
@Entity
@Table(name = "xe_application_party")
class ApplicationParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_role", nullable = false)
  private PartyRole role;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_type", nullable = false)
  private PartyType type;

  @Column(name = "id_number", nullable = false)
  private String idNumber;

  protected ApplicationParty() {}

  ApplicationParty(PartyRole role, int position, String name, PartyType type, String idNumber) {
    this.role = role;
    this.position = position;
    this.name = name;
    this.type = type;
    this.idNumber = idNumber;
  }

  PartyRole getRole() { return role; }
  String getName() { return name; }
  PartyType getType() { return type; }
  String getIdNumber() { return idNumber; }
}
