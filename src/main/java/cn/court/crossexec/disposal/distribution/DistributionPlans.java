package cn.court.crossexec.disposal.distribution;

import java.util.List;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a distribution's plan is kept: its shares in {@code distribution_share}, its version, surplus and rule on the
 * {@code distribution} row. Plain JDBC with batched inserts, because a plan may have ten thousand shares.
 */
@Component
public class DistributionPlans {

  /** Shares per JDBC batch: one prepared statement, one round trip per batch. */
  static final int BATCH_SIZE = 1_000;

  private final JdbcTemplate jdbc;

  public DistributionPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Replaces the plan of a distribution: its shares, a new plan version, the surplus and the rule; status DRAFTED.
   * Who drafted it is the caller's to record (the distribution row has no column for it).
   *
   * @throws EmptyResultDataAccessException when there is no such distribution
   * @throws IllegalArgumentException when the plan is of another sum than the distribution's
   */
  @Transactional
  public void store(String distributionId, Plan plan) {
    // the row is updated first: it locks the distribution, so two plans stored at once cannot mix their shares
    // only a plan of the distribution's own sum: otherwise its shares and surplus would not add up to it
    int updated = jdbc.update("UPDATE distribution SET plan_version = plan_version + 1, surplus_fen = ?, "
        + "ordering_rule = ?, status = 'DRAFTED' WHERE id = ? AND distributable_fen = ?", plan.surplusFen(),
        plan.rule().name(), distributionId, plan.distributableFen());
    if (updated != 1) {
      List<Long> sum = jdbc.queryForList("SELECT distributable_fen FROM distribution WHERE id = ?", Long.class,
          distributionId);
      if (sum.isEmpty()) {
        throw new EmptyResultDataAccessException("no distribution " + distributionId, 1);
      }
      throw new IllegalArgumentException("the plan distributes " + plan.distributableFen() + " fen, distribution "
          + distributionId + " has " + sum.get(0) + " fen");
    }
    jdbc.update("DELETE FROM distribution_share WHERE distribution_id = ?", distributionId);
    jdbc.batchUpdate("INSERT INTO distribution_share (distribution_id, claim_id, position, claimed_fen, share_fen) "
        + "VALUES (?, ?, ?, ?, ?)", plan.shares(), BATCH_SIZE, (statement, share) -> {
          statement.setString(1, distributionId);
          statement.setLong(2, share.claimId());
          statement.setInt(3, share.position());
          statement.setLong(4, share.claimedFen());
          statement.setLong(5, share.shareFen());
        });
  }

  /** The shares of a distribution's current plan, in the order of payment (empty when none is stored). */
  @Transactional(readOnly = true)
  public List<PlannedShare> shares(String distributionId) {
    return jdbc.query("SELECT claim_id, position, claimed_fen, share_fen FROM distribution_share "
            + "WHERE distribution_id = ? ORDER BY position",
        (row, i) -> new PlannedShare(row.getLong(1), row.getInt(2), row.getLong(3), row.getLong(4)), distributionId);
  }
}
