package cn.court.crossexec.disposal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import cn.court.crossexec.enforcement.MeasureStatus;
import cn.court.crossexec.enforcement.MeasureView;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The disposal tables: asset_disposal, asset_auction, auction_barred_bidder, reference_price_objection, and the
 * disposal's flags on a seized asset, disposal_asset_flag (perishable, core-asset hold). The measures themselves are
 * enforcement's: they come in from {@code ControlMeasureService}, never from its table. Ids are derived from what they stand for, so a
 * retried step finds what its first attempt wrote instead of writing it twice.
 */
@Component
class Disposals {

  /** An effective measure of the case that no disposal holds yet. */
  record Candidate(long measureId, String assetType, String assetDescription, String assetKey, LocalDate seizedOn) {}

  private static final String DISPOSAL_COLUMNS = "d.id, d.case_id, d.measure_id, d.asset_type, d.asset_description,"
      + " d.asset_key, d.status, d.seized_on, d.valuation_method, d.reference_price_fen, d.priced_at,"
      + " d.price_objection_until, d.proceeds_fen, d.forfeited_deposit_fen, d.transferee_claim_id,"
      + " d.difference_paid_in_fen, d.outcome_reason, d.distributed, COALESCE(f.perishable, FALSE), f.core_asset_hold,"
      + " d.valuation_skipped_reasons";
  private static final String AUCTION_COLUMNS = "a.id, a.disposal_id, a.round_no, a.kind, a.starting_price_fen,"
      + " a.deposit_fen, a.notice_days, a.published_at, a.bidding_starts_at, a.bidding_ends_at, a.preemption_holders,"
      + " a.status, a.final_price_fen, a.buyer_name, a.buyer_id_number, a.settled_at, a.published_by";

  private final JdbcTemplate jdbc;

  Disposals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String disposalId(long measureId) {
    return UUID.nameUUIDFromBytes(("asset-disposal:" + measureId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String auctionId(String disposalId, int sequence) {
    return UUID.nameUUIDFromBytes(("asset-auction:" + disposalId + ":" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
  }

  // --- disposals ---

  /** The case's effective measures (as enforcement reports them) on assets no disposal holds yet, in measure order. */
  List<Candidate> candidates(String caseId, List<MeasureView> measures) {
    Set<Long> disposed = new HashSet<>(
        jdbc.queryForList("SELECT measure_id FROM asset_disposal WHERE case_id = ?", Long.class, caseId));
    return measures.stream()
        .filter(m -> m.status() == MeasureStatus.EFFECTIVE && !disposed.contains(m.id()))
        .sorted(Comparator.comparing(MeasureView::id))
        .map(m -> new Candidate(m.id(), m.assetType().name(), m.assetDescription(), m.assetKey(),
            m.effectiveFrom() != null ? m.effectiveFrom() : m.takenOn()))
        .toList();
  }

  String create(String caseId, Candidate c, String by, OffsetDateTime at) {
    String id = disposalId(c.measureId());
    jdbc.update("INSERT INTO asset_disposal (id, case_id, measure_id, asset_type, asset_description, asset_key, status,"
            + " seized_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'VALUING', ?, ?, ?)",
        id, caseId, c.measureId(), c.assetType(), c.assetDescription(), c.assetKey(), c.seizedOn(), by, at);
    return id;
  }

  /** The case's disposals still under way (their process runs or is about to). */
  List<String> unfinished(String caseId) {
    return jdbc.queryForList("SELECT id FROM asset_disposal WHERE case_id = ? AND status NOT IN"
        + " ('SOLD', 'REALIZED', 'TRANSFERRED', 'RELEASED', 'RETAINED') ORDER BY created_at, id", String.class, caseId);
  }

  Optional<Disposal> find(String id) {
    return jdbc.query("SELECT " + DISPOSAL_COLUMNS + " FROM asset_disposal d LEFT JOIN disposal_asset_flag f ON f.measure_id = d.measure_id"
        + " WHERE d.id = ?", Disposals::disposal, id).stream().findFirst();
  }

  Disposal get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No asset disposal " + id));
  }

  List<Disposal> ofCase(String caseId) {
    return jdbc.query("SELECT " + DISPOSAL_COLUMNS + " FROM asset_disposal d LEFT JOIN disposal_asset_flag f ON f.measure_id = d.measure_id"
        + " WHERE d.case_id = ? ORDER BY d.created_at, d.id", Disposals::disposal, caseId);
  }

  /** Priced disposals whose reference-price objection period is still open at {@code now}. */
  List<Disposal> inPriceObjectionPeriod(OffsetDateTime now) {
    return jdbc.query("SELECT " + DISPOSAL_COLUMNS + " FROM asset_disposal d LEFT JOIN disposal_asset_flag f ON f.measure_id = d.measure_id"
        + " WHERE d.status = 'PRICED' AND d.price_objection_until > ? ORDER BY d.price_objection_until, d.id",
        Disposals::disposal, now);
  }

  /** The disposals whose money a distribution took, in the order they were recorded. */
  List<Disposal> ofDistribution(String distributionId) {
    return jdbc.query("SELECT " + DISPOSAL_COLUMNS + " FROM asset_disposal d LEFT JOIN disposal_asset_flag f ON f.measure_id = d.measure_id"
        + " WHERE d.distribution_id = ? ORDER BY d.id", Disposals::disposal, distributionId);
  }

  /** Finished disposals whose money (proceeds and forfeited deposits) no distribution has taken yet. */
  List<Disposal> undistributed(String caseId) {
    return ofCase(caseId).stream()
        .filter(d -> d.status().isFinal() && !d.distributed() && d.distributableFen() > 0)
        .toList();
  }

  /** The day the disposal began (its valuation period starts then). */
  OffsetDateTime openedAt(String id) {
    return jdbc.queryForObject("SELECT created_at FROM asset_disposal WHERE id = ?", OffsetDateTime.class, id);
  }

  void status(String id, DisposalStatus status) {
    jdbc.update("UPDATE asset_disposal SET status = ? WHERE id = ?", status.name(), id);
  }

  void priced(String id, String method, String basis, long priceFen, OffsetDateTime at, OffsetDateTime objectionUntil) {
    jdbc.update("UPDATE asset_disposal SET status = 'PRICED', valuation_method = ?, valuation_basis = ?,"
        + " reference_price_fen = ?, priced_at = ?, price_objection_until = ? WHERE id = ?",
        method, basis, priceFen, at, objectionUntil, id);
  }

  /** Why each method the law prefers was not used ("未采用当事人议价：…；…"), null for negotiation. */
  void skippedValuationMethods(String id, String reasons) {
    jdbc.update("UPDATE asset_disposal SET valuation_skipped_reasons = ? WHERE id = ?", reasons, id);
  }

  void close(String id, DisposalStatus status, long proceedsFen, String reason, OffsetDateTime at) {
    jdbc.update("UPDATE asset_disposal SET status = ?, outcome = ?, proceeds_fen = ?, outcome_reason = ?, closed_at = ?"
        + " WHERE id = ?", status.name(), status.name(), proceedsFen, reason, at, id);
  }

  void transferred(String id, long claimId, long valueFen, long differenceFen, String reason, OffsetDateTime at) {
    jdbc.update("UPDATE asset_disposal SET status = 'TRANSFERRED', outcome = 'TRANSFERRED', transferee_claim_id = ?,"
        + " difference_paid_in_fen = ?, outcome_reason = ?, closed_at = ? WHERE id = ?",
        claimId, differenceFen, reason + "（抵债金额 " + valueFen + " 分）", at, id);
  }

  /** The seed of the lot drawn among creditors asking for the asset, if one was drawn. */
  java.util.Optional<Long> lotSeed(String id) {
    return jdbc.queryForList("SELECT transferee_lot_seed FROM asset_disposal WHERE id = ? AND transferee_lot_seed IS NOT NULL",
        Long.class, id).stream().findFirst();
  }

  /** The creditors of the best rank who asked for the asset (claim ids) and the lot's seed (null: none drawn). */
  void recordLot(String id, String candidates, Long seed) {
    jdbc.update("UPDATE asset_disposal SET transferee_candidates = ?, transferee_lot_seed = ? WHERE id = ?", candidates,
        seed, id);
  }

  void forfeitDeposit(String id, long depositFen) {
    jdbc.update("UPDATE asset_disposal SET forfeited_deposit_fen = forfeited_deposit_fen + ? WHERE id = ?", depositFen, id);
  }

  // --- core-asset hold (bankruptcy screening) ---

  void hold(long measureId, String state) {
    flag(measureId);
    jdbc.update("UPDATE disposal_asset_flag SET core_asset_hold = ? WHERE measure_id = ?", state, measureId);
  }

  /** The asset's core-asset hold: HELD, RELEASED, RETAINED, or NONE when the screening never marked it. */
  String holdOf(long measureId) {
    return jdbc.query("SELECT core_asset_hold FROM disposal_asset_flag WHERE measure_id = ?",
        (rs, i) -> rs.getString(1), measureId).stream().filter(java.util.Objects::nonNull).findFirst().orElse("NONE");
  }

  void markPerishable(long measureId, boolean perishable) {
    flag(measureId);
    jdbc.update("UPDATE disposal_asset_flag SET perishable = ? WHERE measure_id = ?", perishable, measureId);
  }

  /** The asset's row of flags, created at its first flag (two concurrent first flags: one insert wins, both update). */
  private void flag(long measureId) {
    try {
      jdbc.update("INSERT INTO disposal_asset_flag (measure_id) SELECT ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM disposal_asset_flag WHERE measure_id = ?)", measureId, measureId);
    } catch (org.springframework.dao.DuplicateKeyException concurrentFirstFlag) {
      // the other transaction's row is the row: the update that follows sets the flag on it
    }
  }

  // --- reference price objections ---

  /** Takes a disposal of the case into a distribution once: the update is the check, under the row's lock. */
  boolean takeIntoDistribution(String disposalId, String caseId, String distributionId) {
    return jdbc.update("UPDATE asset_disposal SET distribution_id = ?, distributed = TRUE WHERE id = ? AND case_id = ?"
        + " AND distributed = FALSE", distributionId, disposalId, caseId) == 1;
  }

  long objectToPrice(String disposalId, String objector, String reason, String by, OffsetDateTime at) {
    jdbc.update("INSERT INTO reference_price_objection (disposal_id, objector, reason, filed_by, filed_at) VALUES (?, ?, ?, ?, ?)",
        disposalId, objector, reason, by, at);
    return jdbc.queryForObject("SELECT MAX(id) FROM reference_price_objection WHERE disposal_id = ?", Long.class, disposalId);
  }

  void reviewObjections(String disposalId, boolean upheld, String review) {
    jdbc.update("UPDATE reference_price_objection SET upheld = ?, review = ? WHERE disposal_id = ? AND upheld IS NULL",
        upheld, review, disposalId);
  }

  // --- auctions ---

  int listings(String disposalId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM asset_auction WHERE disposal_id = ?", Integer.class, disposalId);
  }

  Optional<Auction> auction(String auctionId) {
    return jdbc.query("SELECT " + AUCTION_COLUMNS + " FROM asset_auction a WHERE a.id = ?", Disposals::auction, auctionId)
        .stream().findFirst();
  }

  Optional<String> caseOfAuction(String auctionId) {
    return jdbc.queryForList("SELECT d.case_id FROM asset_auction a JOIN asset_disposal d ON d.id = a.disposal_id"
        + " WHERE a.id = ?", String.class, auctionId).stream().findFirst();
  }

  List<Auction> auctionsOf(String disposalId) {
    return jdbc.query("SELECT " + AUCTION_COLUMNS + " FROM asset_auction a WHERE a.disposal_id = ? ORDER BY a.published_at, a.id",
        Disposals::auction, disposalId);
  }

  List<Auction> auctionsOfCase(String caseId) {
    return jdbc.query("SELECT " + AUCTION_COLUMNS + " FROM asset_auction a JOIN asset_disposal d ON d.id = a.disposal_id"
        + " WHERE d.case_id = ? ORDER BY a.published_at, a.id", Disposals::auction, caseId);
  }

  /** The last failed auction round (not a sell-off): its starting price is the failed reserve price. */
  Optional<Auction> lastFailedRound(String disposalId) {
    return auctionsOf(disposalId).stream().filter(a -> !a.isSellOff() && "FAILED".equals(a.status()))
        .reduce((first, second) -> second);
  }

  void insertAuction(Auction a) {
    jdbc.update("INSERT INTO asset_auction (id, disposal_id, round_no, kind, starting_price_fen, deposit_fen, notice_days,"
            + " published_at, bidding_starts_at, bidding_ends_at, preemption_holders, status, published_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?)",
        a.id(), a.disposalId(), a.round(), a.kind(), a.startingPriceFen(), a.depositFen(), a.noticeDays(), a.publishedAt(),
        a.biddingStartsAt(), a.biddingEndsAt(), a.preemptionHolders(), a.publishedBy());
  }

  void settleAuction(String auctionId, String status, Long finalPriceFen, String buyerName, String buyerIdNumber,
      OffsetDateTime at) {
    jdbc.update("UPDATE asset_auction SET status = ?, final_price_fen = ?, buyer_name = ?, buyer_id_number = ?, settled_at = ?"
        + " WHERE id = ? AND status = 'PUBLISHED'", status, finalPriceFen, buyerName, buyerIdNumber, at, auctionId);
  }

  void bar(String disposalId, String buyerIdNumber, String buyerName, OffsetDateTime at) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM auction_barred_bidder WHERE disposal_id = ? AND buyer_id_number = ?",
        Integer.class, disposalId, buyerIdNumber);
    if (known == null || known == 0) {
      jdbc.update("INSERT INTO auction_barred_bidder (disposal_id, buyer_id_number, buyer_name, barred_at) VALUES (?, ?, ?, ?)",
          disposalId, buyerIdNumber, buyerName, at);
    }
  }

  List<String> barred(String disposalId) {
    return jdbc.queryForList("SELECT buyer_id_number FROM auction_barred_bidder WHERE disposal_id = ? ORDER BY barred_at",
        String.class, disposalId);
  }

  private static Disposal disposal(ResultSet rs, int i) throws SQLException {
    return new Disposal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
        DisposalStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class), rs.getString(9),
        (Long) rs.getObject(10, Long.class), rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class),
        rs.getLong(13), rs.getLong(14), (Long) rs.getObject(15, Long.class), rs.getLong(16), rs.getString(17),
        rs.getBoolean(18), rs.getBoolean(19), rs.getString(20), rs.getString(21));
  }

  private static Auction auction(ResultSet rs, int i) throws SQLException {
    return new Auction(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
        rs.getInt(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
        rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getString(12), (Long) rs.getObject(13, Long.class),
        rs.getString(14), rs.getString(15), rs.getObject(16, OffsetDateTime.class), rs.getString(17));
  }
}
