package cn.court.crossexec.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A freeze, seal or seizure of one asset by one court, effective or on the waiting list. */
@Entity
@Table(name = "control_measure")
class ControlMeasure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(name = "asset_key", nullable = false)
  private String assetKey;

  @Column(name = "asset_description", nullable = false)
  private String assetDescription;

  @Enumerated(EnumType.STRING)
  @Column(name = "asset_type", nullable = false)
  private AssetType assetType;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_kind", nullable = false)
  private MeasureKind kind;

  @Column(name = "court_code", nullable = false)
  private String courtCode;

  @Column(name = "order_number", nullable = false)
  private String orderNumber;

  @Column(name = "queue_rank", nullable = false)
  private int queueRank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeasureStatus status;

  @Column(name = "taken_on", nullable = false)
  private LocalDate takenOn;

  /** When the seizure order was made (date and time): the waiting list follows this order, not the recording order. */
  @Column(name = "ordered_at", nullable = false)
  private OffsetDateTime orderedAt;

  /** The moment the measure began to hold the asset (for a promoted waiting one: when the one before it ended). */
  @Column(name = "effective_at")
  private OffsetDateTime effectiveAt;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(nullable = false)
  private int renewals;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ControlMeasure() {}

  ControlMeasure(String caseId, MeasureRequest r, OffsetDateTime orderedAt, String courtCode, int queueRank, String createdBy,
      OffsetDateTime now) {
    this.caseId = caseId;
    this.assetKey = r.assetKey().trim();
    this.assetDescription = r.assetDescription().trim();
    this.assetType = r.assetType();
    this.kind = r.kind();
    this.courtCode = courtCode;
    this.orderNumber = r.orderNumber().trim();
    this.queueRank = queueRank;
    this.status = MeasureStatus.WAITING;
    this.takenOn = r.takenOn();
    this.orderedAt = orderedAt;
    this.renewals = 0;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /**
   * Takes effect at a moment, holding from the day {@code from} until the end of {@code expiresOn} (computed by the
   * legal calendar: the day of the event is not counted).
   */
  void takeEffect(OffsetDateTime at, LocalDate from, LocalDate expiresOn) {
    this.status = MeasureStatus.EFFECTIVE;
    this.effectiveAt = at;
    this.effectiveFrom = from;
    this.expiresOn = expiresOn;
  }

  /** An earlier seizure order was recorded later: this one goes back onto the waiting list behind it. */
  void requeue() {
    this.status = MeasureStatus.WAITING;
    this.effectiveAt = null;
    this.effectiveFrom = null;
    this.expiresOn = null;
  }

  /** A renewal moves the expiry to the given later day (the service bounds it). */
  void renew(LocalDate newExpiry) {
    this.expiresOn = newExpiry;
    this.renewals++;
  }

  void end(MeasureStatus how, LocalDate on) {
    this.status = how;
    this.endedOn = on;
  }

  Long getId() { return id; }
  String getCaseId() { return caseId; }
  String getAssetKey() { return assetKey; }
  String getAssetDescription() { return assetDescription; }
  AssetType getAssetType() { return assetType; }
  MeasureKind getKind() { return kind; }
  String getCourtCode() { return courtCode; }
  String getOrderNumber() { return orderNumber; }
  int getQueueRank() { return queueRank; }
  MeasureStatus getStatus() { return status; }
  LocalDate getTakenOn() { return takenOn; }
  OffsetDateTime getOrderedAt() { return orderedAt; }
  OffsetDateTime getEffectiveAt() { return effectiveAt; }
  LocalDate getEffectiveFrom() { return effectiveFrom; }
  LocalDate getExpiresOn() { return expiresOn; }
  int getRenewals() { return renewals; }
  LocalDate getEndedOn() { return endedOn; }
}
