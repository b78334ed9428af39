package cn.court.crossexec.disposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One asset under disposal, as stored in asset_disposal. */
record Disposal(String id, String caseId, long measureId, String assetType, String assetDescription, String assetKey,
    DisposalStatus status, LocalDate seizedOn, String valuationMethod, Long referencePriceFen, OffsetDateTime pricedAt,
    OffsetDateTime priceObjectionUntil, long proceedsFen, long forfeitedDepositFen, Long transfereeClaimId,
    long differencePaidInFen, String outcomeReason, boolean distributed, boolean perishable, String coreAssetHold,
    String valuationSkippedReasons) {

  /**
   * What the disposal brings to the distribution: the price, the forfeited deposits and, for a transfer in lieu, the
   * difference the transferee paid in (拍卖变卖规定第十六条: it is distributed in the order of payment).
   */
  long distributableFen() {
    return Math.addExact(Math.addExact(proceedsFen, forfeitedDepositFen), differencePaidInFen);
  }

  AssetClass assetClass() {
    return AssetClass.of(assetType);
  }

  /** How the asset is named in task names and events: "住宅一套……（不动产）". */
  String label() {
    return assetDescription + "（" + assetClass().label() + "）";
  }
}
