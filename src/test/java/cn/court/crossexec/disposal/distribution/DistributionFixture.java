package cn.court.crossexec.disposal.distribution;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows a distribution plan needs, written straight into the tables: an enforcement case (courts from the seeded
 * directory), a distribution of a sum, and its claims. Used by {@code DistributionPlansIT} and the plan benchmark.
 */
public final class DistributionFixture {

  /** The claims a fixture files, in filing order. */
  public record ClaimRow(ClaimKind kind, int rank, long amountFen, LocalDate seizedOn) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DistributionFixture(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A case under way at a Shenzhen court; returns its id. */
  public String insertCase() {
    String caseId = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO enforcement_case (id, application_id, case_number, category, mode, coordinating_court_code,"
        + " executing_court_code, original_court_code, filed_on, amount_claimed_fen, recovered_fen, status, opened_by,"
        + " opened_at) VALUES (?, ?, ?, 'PASSIVE_RISK', 'DIRECTED', 'GD03', 'GD0303', 'GD0305', ?, 100000000, 0,"
        + " 'ENFORCING', 'coordinator-GD03', ?)",
        caseId, caseId, "（2025）粤0303执" + Math.abs(caseId.hashCode() % 100000) + "号",
        Date.valueOf(LocalDate.now(clock).minusMonths(8)), OffsetDateTime.now(clock).minusMonths(8));
    return caseId;
  }

  /** A distribution of the sum whose claims window has closed; returns its id. */
  public String insertDistribution(String caseId, long distributableFen) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO distribution (id, case_id, distributable_fen, ordering_rule, status, claims_close_at,"
        + " created_at) VALUES (?, ?, ?, 'PRO_RATA', 'CLAIMS_OPEN', ?, ?)", id, caseId, distributableFen,
        OffsetDateTime.now(clock).minusDays(1), OffsetDateTime.now(clock).minusDays(20));
    return id;
  }

  /** Files the claims (in batches) and returns them as the calculator sees them, filing order = claim id. */
  public List<ClaimInput> insertClaims(String caseId, List<ClaimRow> claims) {
    OffsetDateTime filedAt = OffsetDateTime.now(clock).minusDays(10);
    jdbc.batchUpdate("INSERT INTO distribution_claim (case_id, creditor_name, creditor_id_number, title_number, kind,"
        + " claim_rank, amount_fen, seized_on, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'officer-GD0303', ?)",
        IntStream.range(0, claims.size()).boxed().toList(), DistributionPlans.BATCH_SIZE, (statement, n) -> {
          ClaimRow claim = claims.get(n);
          statement.setString(1, caseId);
          statement.setString(2, "债权人" + n);
          statement.setString(3, String.format("91440300%010d", n));
          statement.setString(4, "（2024）粤0303民初" + n + "号");
          statement.setString(5, claim.kind().name());
          statement.setInt(6, claim.rank());
          statement.setLong(7, claim.amountFen());
          statement.setDate(8, claim.seizedOn() == null ? null : Date.valueOf(claim.seizedOn()));
          statement.setObject(9, filedAt);
        });
    return claimsOf(caseId);
  }

  /** A case's claims as the calculator takes them. */
  public List<ClaimInput> claimsOf(String caseId) {
    return jdbc.query("SELECT id, kind, claim_rank, amount_fen, seized_on FROM distribution_claim WHERE case_id = ?"
        + " ORDER BY id", (row, i) -> {
          Date seizedOn = row.getDate(5);
          return new ClaimInput(row.getLong(1), ClaimKind.valueOf(row.getString(2)), row.getInt(3), row.getLong(4),
              seizedOn == null ? null : seizedOn.toLocalDate(), row.getLong(1));
        }, caseId);
  }

  /** The distribution row's plan columns: plan_version, surplus_fen, ordering_rule, status. */
  public List<Object> planColumns(String distributionId) {
    return jdbc.queryForObject("SELECT plan_version, surplus_fen, ordering_rule, status FROM distribution WHERE id = ?",
        (row, i) -> List.of(row.getInt(1), row.getLong(2), row.getString(3), row.getString(4)), distributionId);
  }
}
