package cn.court.crossexec.intake;

import cn.court.crossexec.platform.LoggedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Append-only record of what happened to an application: who did it and when. */
@Entity
@Table(name = "xe_application_event")
class ApplicationEvent extends LoggedEvent {

  @Column(name = "application_id", nullable = false)
  private String applicationId;

  protected ApplicationEvent() {}

  ApplicationEvent(String applicationId, String type, String detail, String actor, OffsetDateTime occurredAt) {
    super(type, detail, actor, occurredAt);
    this.applicationId = applicationId;
  }
}
