package cn.court.crossexec.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A court of the directory. Reference data, written by Flyway migrations only. */
@Entity
@Table(name = "court")
class Court {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String designator;

  @Enumerated(EnumType.STRING)
  @Column(name = "court_level", nullable = false)
  private CourtLevel level;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(nullable = false)
  private String region;

  protected Court() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getDesignator() {
    return designator;
  }

  CourtLevel getLevel() {
    return level;
  }

  String getParentCode() {
    return parentCode;
  }

  String getRegion() {
    return region;
  }

  CourtView toView() {
    return new CourtView(code, name, designator, level, parentCode, region);
  }
}
