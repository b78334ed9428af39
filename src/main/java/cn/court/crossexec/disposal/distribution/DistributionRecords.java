package cn.court.crossexec.disposal.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The distribution's rows read and written with plain JDBC (the plan's shares are stored by {@link DistributionPlans}):
 * the distribution itself, the claims of the case, the shares with what is held and paid, and the objections.
 */
@Component
class DistributionRecords {

  record Distribution(String id, String caseId, long distributableFen, OrderingRule rule, DistributionStatus status,
      OffsetDateTime claimsCloseAt, int planVersion, long surplusFen, OffsetDateTime notifiedAt,
      OffsetDateTime objectionsCloseAt, OffsetDateTime counterCloseAt, OffsetDateTime lawsuitsCloseAt, String approvedBy,
      OffsetDateTime createdAt, OffsetDateTime closedAt) {}

  record Claim(long id, String caseId, String creditorName, String creditorIdNumber, String titleNumber, ClaimKind kind,
      int rank, long amountFen, long satisfiedFen, LocalDate seizedOn, boolean ownApplicant, String filedBy,
      OffsetDateTime filedAt, Long collateralMeasureId, OffsetDateTime seizureOrderedAt) {

    long remainingFen() {
      return Math.max(0, amountFen - satisfiedFen);
    }

    /** What the claim still lacks, as the plan sees it (secured on its collateral, if it names one). */
    ClaimInput input() {
      return new ClaimInput(id, kind, rank, remainingFen(), seizedOn, id, collateralMeasureId == null ? null
          : asset(collateralMeasureId), seizureOrderedAt);
    }
  }

  /** The asset as the plan names it: by the control measure that seized it. */
  static String asset(long measureId) {
    return "M" + measureId;
  }

  record Share(long claimId, int position, long claimedFen, long shareFen, long heldFen, long paidFen) {}

  /** @param objectorClaimId null: the debtor objects */
  record Objection(long id, String distributionId, Long objectorClaimId, long targetClaimId, long disputedFen, String reason,
      ObjectionStatus status, String counterReason, String lawsuitNumber, Long objectorAwardedFen, String filedBy,
      OffsetDateTime filedAt, String updatedBy, OffsetDateTime updatedAt, String objectorName) {

    boolean byDebtor() {
      return objectorClaimId == null;
    }
  }

  private static final String DISTRIBUTION = "SELECT id, case_id, distributable_fen, ordering_rule, status, claims_close_at,"
      + " plan_version, surplus_fen, notified_at, objections_close_at, counter_close_at, lawsuits_close_at, approved_by,"
      + " created_at, closed_at FROM distribution";
  private static final String CLAIM = "SELECT id, case_id, creditor_name, creditor_id_number, title_number, kind, claim_rank,"
      + " amount_fen, satisfied_fen, seized_on, own_applicant, filed_by, filed_at, collateral_measure_id, seizure_ordered_at"
      + " FROM distribution_claim";
  private static final String OBJECTION = "SELECT id, distribution_id, objector_claim_id, target_claim_id, disputed_fen,"
      + " reason, status, counter_reason, lawsuit_number, objector_awarded_fen, filed_by, filed_at, updated_by, updated_at,"
      + " objector_name FROM distribution_objection";

  private final JdbcTemplate jdbc;

  DistributionRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // --- distribution ---

  void insert(String id, String caseId, long distributableFen, OffsetDateTime claimsCloseAt, OffsetDateTime now) {
    jdbc.update("INSERT INTO distribution (id, case_id, distributable_fen, ordering_rule, status, claims_close_at, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, caseId, distributableFen, OrderingRule.PRO_RATA.name(),
        DistributionStatus.CLAIMS_OPEN.name(), claimsCloseAt, now);
  }

  Optional<Distribution> find(String id) {
    return jdbc.query(DISTRIBUTION + " WHERE id = ?", this::mapDistribution, id).stream().findFirst();
  }

  /** The distribution, its row locked until the transaction ends: workers and API calls change it one at a time. */
  Distribution lock(String id) {
    return jdbc.query(DISTRIBUTION + " WHERE id = ? FOR UPDATE", this::mapDistribution, id).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No distribution " + id));
  }

  Optional<Distribution> latestOf(String caseId) {
    return jdbc.query(DISTRIBUTION + " WHERE case_id = ? ORDER BY created_at DESC, id", this::mapDistribution, caseId).stream()
        .findFirst();
  }

  List<Distribution> unfinished() {
    return jdbc.query(DISTRIBUTION + " WHERE status <> 'PAID' ORDER BY created_at", this::mapDistribution);
  }

  void setStatus(String id, DistributionStatus status, OffsetDateTime now) {
    jdbc.update("UPDATE distribution SET status = ?, closed_at = ? WHERE id = ?", status.name(),
        status == DistributionStatus.PAID ? now : null, id);
  }

  void setRule(String id, OrderingRule rule) {
    jdbc.update("UPDATE distribution SET ordering_rule = ? WHERE id = ?", rule.name(), id);
  }

  void notified(String id, OffsetDateTime now, OffsetDateTime objectionsCloseAt, String approvedBy) {
    jdbc.update("UPDATE distribution SET status = 'NOTIFIED', notified_at = ?, objections_close_at = ?, approved_by = ?"
        + " WHERE id = ?", now, objectionsCloseAt, approvedBy, id);
  }

  void counterWindow(String id, OffsetDateTime closesAt) {
    jdbc.update("UPDATE distribution SET counter_close_at = ? WHERE id = ?", closesAt, id);
  }

  void lawsuitWindow(String id, OffsetDateTime closesAt) {
    jdbc.update("UPDATE distribution SET lawsuits_close_at = ? WHERE id = ?", closesAt, id);
  }

  // --- claims ---

  long insertClaim(String caseId, String name, String idNumber, String title, ClaimKind kind, int rank, long amountFen,
      LocalDate seizedOn, OffsetDateTime seizureOrderedAt, boolean ownApplicant, String by, OffsetDateTime now,
      Long collateralMeasureId) {
    return insertReturningId("INSERT INTO distribution_claim (case_id, creditor_name, creditor_id_number, title_number, kind,"
        + " claim_rank, amount_fen, seized_on, seizure_ordered_at, own_applicant, filed_by, filed_at, collateral_measure_id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId, name, idNumber, title, kind.name(), rank, amountFen, seizedOn, seizureOrderedAt, ownApplicant, by, now,
        collateralMeasureId);
  }

  void seizureCase(long claimId, String seizureCaseId) {
    jdbc.update("UPDATE distribution_claim SET seizure_case_id = ? WHERE id = ?", seizureCaseId, claimId);
  }

  Optional<Claim> findClaim(String caseId, String idNumber, String title, ClaimKind kind) {
    return jdbc.query(CLAIM + " WHERE case_id = ? AND creditor_id_number = ? AND title_number = ? AND kind = ?", this::mapClaim,
        caseId, idNumber, title, kind.name()).stream().findFirst();
  }

  Optional<Claim> claim(long id) {
    return jdbc.query(CLAIM + " WHERE id = ?", this::mapClaim, id).stream().findFirst();
  }

  List<Claim> claimsOf(String caseId) {
    return jdbc.query(CLAIM + " WHERE case_id = ? ORDER BY id", this::mapClaim, caseId);
  }

  boolean hasOwnApplicantClaim(String caseId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM distribution_claim WHERE case_id = ? AND own_applicant = TRUE",
        Integer.class, caseId);
    return n != null && n > 0;
  }

  void satisfied(long claimId, long fen) {
    jdbc.update("UPDATE distribution_claim SET satisfied_fen = satisfied_fen + ? WHERE id = ?", fen, claimId);
  }

  // --- shares ---

  List<Share> sharesOf(String distributionId) {
    return jdbc.query("SELECT claim_id, position, claimed_fen, share_fen, held_fen, paid_fen FROM distribution_share"
        + " WHERE distribution_id = ? ORDER BY position, claim_id", (rs, i) -> new Share(rs.getLong(1), rs.getInt(2),
        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), distributionId);
  }

  /** Changes one share: its amount, what of it is held in escrow and what is paid (each by a signed difference). */
  void changeShare(String distributionId, long claimId, long shareDelta, long heldDelta, long paidDelta) {
    int updated = jdbc.update("UPDATE distribution_share SET share_fen = share_fen + ?, held_fen = held_fen + ?,"
        + " paid_fen = paid_fen + ? WHERE distribution_id = ? AND claim_id = ?", shareDelta, heldDelta, paidDelta,
        distributionId, claimId);
    if (updated != 1) {
      throw new IllegalStateException("No share of claim " + claimId + " in distribution " + distributionId);
    }
  }

  // --- objections ---

  long insertObjection(String distributionId, Long objector, String objectorName, long target, long disputedFen,
      String reason, String by, OffsetDateTime now) {
    return insertReturningId("INSERT INTO distribution_objection (distribution_id, objector_claim_id, objector_name,"
        + " target_claim_id, disputed_fen, reason, status, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, 'RAISED', ?, ?)",
        distributionId, objector, objectorName, target, disputedFen, reason, by, now);
  }

  /** Money a debtor's objection freed that no unpaid claim needed: returned to the debtor with the surplus. */
  void addSurplus(String id, long fen) {
    jdbc.update("UPDATE distribution SET surplus_fen = surplus_fen + ? WHERE id = ?", fen, id);
  }

  List<Objection> objectionsOf(String distributionId) {
    return jdbc.query(OBJECTION + " WHERE distribution_id = ? ORDER BY id", this::mapObjection, distributionId);
  }

  List<Objection> objectionsOf(String distributionId, ObjectionStatus status) {
    return jdbc.query(OBJECTION + " WHERE distribution_id = ? AND status = ? ORDER BY id", this::mapObjection, distributionId,
        status.name());
  }

  Optional<Objection> objection(long id) {
    return jdbc.query(OBJECTION + " WHERE id = ?", this::mapObjection, id).stream().findFirst();
  }

  void changeObjection(long id, ObjectionStatus status, String by, OffsetDateTime now) {
    jdbc.update("UPDATE distribution_objection SET status = ?, updated_by = ?, updated_at = ? WHERE id = ?", status.name(),
        by, now, id);
  }

  void countered(long id, String reason, String by, OffsetDateTime now) {
    jdbc.update("UPDATE distribution_objection SET status = 'COUNTERED', counter_reason = ?, updated_by = ?, updated_at = ?"
        + " WHERE id = ?", reason, by, now, id);
  }

  void sued(long id, String lawsuitNumber, String by, OffsetDateTime now) {
    jdbc.update("UPDATE distribution_objection SET status = 'SUED', lawsuit_number = ?, updated_by = ?, updated_at = ?"
        + " WHERE id = ?", lawsuitNumber, by, now, id);
  }

  void judged(long id, long objectorAwardedFen, String by, OffsetDateTime now) {
    jdbc.update("UPDATE distribution_objection SET status = 'JUDGED', objector_awarded_fen = ?, updated_by = ?,"
        + " updated_at = ? WHERE id = ?", objectorAwardedFen, by, now, id);
  }

  // --- mapping ---

  private long insertReturningId(String sql, Object... args) {
    org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(connection -> {
      java.sql.PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, keys);
    return java.util.Objects.requireNonNull(keys.getKey()).longValue();
  }

  private Distribution mapDistribution(ResultSet rs, int row) throws SQLException {
    return new Distribution(rs.getString(1), rs.getString(2), rs.getLong(3), OrderingRule.valueOf(rs.getString(4)),
        DistributionStatus.valueOf(rs.getString(5)), time(rs, 6), rs.getInt(7), rs.getLong(8), time(rs, 9), time(rs, 10),
        time(rs, 11), time(rs, 12), rs.getString(13), time(rs, 14), time(rs, 15));
  }

  private Claim mapClaim(ResultSet rs, int row) throws SQLException {
    return new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        ClaimKind.valueOf(rs.getString(6)), rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getObject(10, LocalDate.class),
        rs.getBoolean(11), rs.getString(12), time(rs, 13), rs.getObject(14, Long.class), time(rs, 15));
  }

  private Objection mapObjection(ResultSet rs, int row) throws SQLException {
    long awarded = rs.getLong(10);
    boolean noAward = rs.wasNull();
    return new Objection(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getLong(4), rs.getLong(5),
        rs.getString(6), ObjectionStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), noAward ? null : awarded,
        rs.getString(11), time(rs, 12), rs.getString(13), time(rs, 14), rs.getString(15));
  }

  private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
