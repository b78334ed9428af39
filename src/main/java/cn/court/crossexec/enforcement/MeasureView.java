package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record MeasureView(Long id, String caseId, String assetKey, String assetDescription, AssetType assetType,
    MeasureKind kind, String courtCode, String orderNumber, int queueRank, MeasureStatus status, LocalDate takenOn,
    LocalDate effectiveFrom, LocalDate expiresOn, int renewals, LocalDate endedOn, OffsetDateTime orderedAt,
    OffsetDateTime effectiveAt) {

  static MeasureView of(ControlMeasure m) {
    return new MeasureView(m.getId(), m.getCaseId(), m.getAssetKey(), m.getAssetDescription(), m.getAssetType(), m.getKind(),
        m.getCourtCode(), m.getOrderNumber(), m.getQueueRank(), m.getStatus(), m.getTakenOn(), m.getEffectiveFrom(),
        m.getExpiresOn(), m.getRenewals(), m.getEndedOn(), m.getOrderedAt(), m.getEffectiveAt());
  }
}
