package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Claim;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.Payouts.Basis;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * What the distribution's workers share: the distribution of a job (locked), the clock, the deadlines the timers
 * wait for, and paying a share (the payout and the share's held and paid amounts move together).
 */
@Component
class DistributionSteps {

  private final DistributionRecords records;
  private final Payouts payouts;
  private final DistributionCases cases;
  private final Clock clock;

  DistributionSteps(DistributionRecords records, Payouts payouts, DistributionCases cases, Clock clock) {
    this.records = records;
    this.payouts = payouts;
    this.cases = cases;
    this.clock = clock;
  }

  Distribution lock(String distributionId) {
    return records.lock(distributionId);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** The moment a period started now ends, as the ISO date-time a timeDate timer reads. */
  OffsetDateTime after(Period period) {
    return now().plus(period);
  }

  Claim claim(long claimId) {
    return records.claim(claimId).orElseThrow(() -> new IllegalStateException("No claim " + claimId));
  }

  /**
   * Pays {@code fen} of a claim's share (released from escrow by {@code releasedFen}); a payout already made under the
   * same reference changes nothing.
   */
  void payShare(Distribution d, long claimId, long fen, long releasedFen, Basis basis, Long objectionId) {
    String reference = Payouts.reference(d.id(), claimId, basis, objectionId);
    if (payouts.pay(d.id(), claim(claimId), fen, basis, reference, DistributionCases.SYSTEM)) {
      records.changeShare(d.id(), claimId, 0, -releasedFen, fen);
    } else if (fen <= 0 && releasedFen > 0) {
      records.changeShare(d.id(), claimId, 0, -releasedFen, 0);
    }
  }

  void record(String caseId, String type, String detail) {
    cases.record(caseId, type, detail, DistributionCases.SYSTEM);
  }
}
