package cn.court.crossexec.disposal;

import java.time.LocalDate;

/** One asset's disposal as the API shows it (amounts in fen). */
public record DisposalView(String id, long measureId, String assetDescription, String assetType, String assetClass,
    DisposalStatus status, String statusLabel, LocalDate seizedOn, String valuationMethod, Long referencePriceFen,
    long proceedsFen, long forfeitedDepositFen, Long transfereeClaimId, long differencePaidInFen, String outcomeReason,
    boolean distributed, boolean perishable, String coreAssetHold,
    @io.swagger.v3.oas.annotations.media.Schema(description = "确定参考价时未采用在先方式的理由（当事人议价、定向询价、网络询价依次）")
        String valuationSkippedReasons) {

  static DisposalView of(Disposal d) {
    return new DisposalView(d.id(), d.measureId(), d.assetDescription(), d.assetType(), d.assetClass().label(), d.status(),
        d.status().label(), d.seizedOn(), ValuationMethod.labelOf(d.valuationMethod()), d.referencePriceFen(),
        d.proceedsFen(), d.forfeitedDepositFen(), d.transfereeClaimId(), d.differencePaidInFen(), d.outcomeReason(),
        d.distributed(), d.perishable(), d.coreAssetHold(), d.valuationSkippedReasons());
  }
}
