package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.LoggedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Append-only record of what happened in a case: who, what, when. */
@Entity
@Table(name = "enforcement_case_event")
class CaseEvent extends LoggedEvent {

  @Column(name = "case_id", nullable = false)
  private String caseId;

  protected CaseEvent() {}

  CaseEvent(String caseId, String type, String detail, String actor, OffsetDateTime occurredAt) {
    super(type, detail, actor, occurredAt);
    this.caseId = caseId;
  }
}
