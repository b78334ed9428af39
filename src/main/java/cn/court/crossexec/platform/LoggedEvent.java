package cn.court.crossexec.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * One line of an append-only event log: what happened, who did it, when. Each capability keeps its own log table
 * (with its own subject column, e.g. the application or the case) and maps it by extending this class.
 */
@MappedSuperclass
public abstract class LoggedEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_type", nullable = false)
  private String type;

  private String detail;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected LoggedEvent() {}

  protected LoggedEvent(String type, String detail, String actor, OffsetDateTime occurredAt) {
    this.type = type;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  public String getType() { return type; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public OffsetDateTime getOccurredAt() { return occurredAt; }
}
