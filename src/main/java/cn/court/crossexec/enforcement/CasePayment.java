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

@Entity
@Table(name = "enforcement_case_payment")
class CasePayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private String payer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentChannel channel;

  private String reference;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected CasePayment() {}

  CasePayment(String caseId, PaymentRequest request, String recordedBy, OffsetDateTime recordedAt) {
    this.caseId = caseId;
    this.amountFen = request.amountFen();
    this.receivedOn = request.receivedOn();
    this.payer = request.payer().trim();
    this.channel = request.channel();
    this.reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().trim();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Long getId() { return id; }
  long getAmountFen() { return amountFen; }
  LocalDate getReceivedOn() { return receivedOn; }
  String getPayer() { return payer; }
  PaymentChannel getChannel() { return channel; }
  String getReference() { return reference; }
  String getRecordedBy() { return recordedBy; }
  OffsetDateTime getRecordedAt() { return recordedAt; }
}
