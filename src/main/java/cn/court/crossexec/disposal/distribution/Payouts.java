package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Claim;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Money paid to a creditor (or credited by a transfer in lieu): once per reference, so a retried worker or a repeated
 * request pays nothing twice. The claim's satisfied amount grows with it, and the case's recovered amount when the
 * creditor is the case's own applicant.
 */
@Component
class Payouts {

  enum Basis {
    PLAN("按分配方案"),
    OBJECTION("异议处理"),
    JUDGMENT("异议之诉判决"),
    TRANSFER_IN_LIEU("以物抵债");

    final String label;

    Basis(String label) {
      this.label = label;
    }
  }

  private final JdbcTemplate jdbc;
  private final DistributionRecords records;
  private final DistributionCases cases;
  private final Clock clock;

  Payouts(JdbcTemplate jdbc, DistributionRecords records, DistributionCases cases, Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.cases = cases;
    this.clock = clock;
  }

  /** The reference of a distribution's payout: one per distribution, claim, basis and (when any) objection. */
  static String reference(String distributionId, long claimId, Basis basis, Long objectionId) {
    return "D-" + distributionId + "-" + claimId + "-" + basis.name() + (objectionId == null ? "" : "-" + objectionId);
  }

  /** @return true when paid now; false when nothing was due or the reference was paid before */
  boolean pay(String distributionId, Claim claim, long fen, Basis basis, String reference, String by) {
    if (fen <= 0 || amountPaid(reference).isPresent()) {
      return false;
    }
    jdbc.update("INSERT INTO distribution_payout (distribution_id, case_id, claim_id, amount_fen, basis, reference, paid_by,"
        + " paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", distributionId, claim.caseId(), claim.id(), fen, basis.name(), reference,
        by, OffsetDateTime.now(clock));
    records.satisfied(claim.id(), fen);
    if (claim.ownApplicant()) {
      cases.creditApplicant(cases.theCase(claim.caseId()), fen, reference);
    }
    return true;
  }

  Optional<Long> amountPaid(String reference) {
    return jdbc.queryForList("SELECT amount_fen FROM distribution_payout WHERE reference = ?", Long.class, reference).stream()
        .findFirst();
  }

  List<PayoutView> ofCase(String caseId) {
    return jdbc.query("SELECT p.id, p.distribution_id, p.claim_id, c.creditor_name, p.amount_fen, p.basis, p.reference,"
        + " p.paid_by, p.paid_at FROM distribution_payout p JOIN distribution_claim c ON c.id = p.claim_id"
        + " WHERE p.case_id = ? ORDER BY p.id", (rs, i) -> {
          Basis basis = Basis.valueOf(rs.getString(6));
          return new PayoutView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5), basis.name(),
              basis.label, rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class));
        }, caseId);
  }
}
