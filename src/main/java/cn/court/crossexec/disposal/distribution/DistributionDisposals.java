package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.DisposalService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The disposals a distribution takes its money from, read through their owner's service (asset_disposal belongs to
 * the disposal capability): each one's proceeds (price, forfeited deposits, a transferee's difference paid in) as
 * the proceeds of its asset, which a secured claim's collateral names.
 */
@Component
class DistributionDisposals {

  private final DisposalService disposals;

  DistributionDisposals(DisposalService disposals) {
    this.disposals = disposals;
  }

  List<DistributionCalculator.Proceeds> proceedsOf(String distributionId) {
    return disposals.disposalsOfDistribution(distributionId).stream()
        .map(d -> new DistributionCalculator.Proceeds(DistributionRecords.asset(d.measureId()),
            Math.addExact(Math.addExact(d.proceedsFen(), d.forfeitedDepositFen()), d.differencePaidInFen())))
        .toList();
  }

  /** The disposal's proceeds go into the distribution, once; false when not of this case or already distributed. */
  boolean take(String disposalId, String caseId, String distributionId) {
    return disposals.takeIntoDistribution(disposalId, caseId, distributionId);
  }

  /** The asset a disposal disposes of, as the plan names it. */
  String assetOfDisposal(String disposalId) {
    return disposals.disposalForSystem(disposalId).map(d -> DistributionRecords.asset(d.measureId()))
        .orElse("D" + disposalId);
  }
}
