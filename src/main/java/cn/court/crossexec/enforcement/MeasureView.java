package cn.court.crossexec.enforcement;

import java.time.LocalDate;

public record MeasureView(Long id, String caseId, String assetKey, String assetDescription, AssetType assetType,
    MeasureKind kind, String courtCode, String orderNumber, int queueRank, MeasureStatus status, LocalDate takenOn,
    LocalDate effectiveFrom, LocalDate expiresOn, int renewals, LocalDate endedOn) {

  static MeasureView of(ControlMeasure m) {
    return new MeasureView(m.getId(), m.getCaseId(), m.getAssetKey(), m.getAssetDescription(), m.getAssetType(), m.getKind(),
        m.getCourtCode(), m.getOrderNumber(), m.getQueueRank(), m.getStatus(), m.getTakenOn(), m.getEffectiveFrom(),
        m.getExpiresOn(), m.getRenewals(), m.getEndedOn());
  }
}
