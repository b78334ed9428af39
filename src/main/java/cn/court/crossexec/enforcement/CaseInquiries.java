package cn.court.crossexec.enforcement;

import cn.court.crossexec.gateway.AssetInquiryAnswer;
import cn.court.crossexec.gateway.AssetSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case's side of the asset investigation: each request to each source (round, attempt, status) and the assets
 * found, in the tables case_inquiry and case_asset.
 */
@Component
class CaseInquiries {

  record SourceResult(AssetSource source, int attempt, String status) {}

  record Asset(long id, String origin, String assetType, String description, long valueFen, String location,
      String inquiryId, OffsetDateTime foundAt) {}

  private final JdbcTemplate jdbc;

  CaseInquiries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String inquiryId(String caseId, int round, AssetSource source, int attempt) {
    return caseId + ":" + round + ":" + source.name() + ":" + attempt;
  }

  void sent(String caseId, String inquiryId, int round, AssetSource source, int attempt, OffsetDateTime at) {
    jdbc.update("INSERT INTO case_inquiry (case_id, inquiry_id, round_no, source, attempt, status, sent_at) VALUES (?, ?, ?, ?, ?, 'SENT', ?)",
        caseId, inquiryId, round, source.name(), attempt, at);
  }

  void settled(String inquiryId, String status, OffsetDateTime at) {
    jdbc.update("UPDATE case_inquiry SET status = ?, settled_at = ? WHERE inquiry_id = ?", status, at, inquiryId);
  }

  /** Adds what a source found to the case's assets, once per inquiry. @return the total value found */
  long addFindings(String caseId, String inquiryId, List<AssetInquiryAnswer.Finding> findings, OffsetDateTime at) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM case_asset WHERE inquiry_id = ?", Integer.class, inquiryId);
    long total = 0;
    for (AssetInquiryAnswer.Finding f : findings) {
      if (known == null || known == 0) {
        jdbc.update("INSERT INTO case_asset (case_id, origin, asset_type, description, value_fen, location, inquiry_id, found_at)"
            + " VALUES (?, 'INQUIRY', ?, ?, ?, ?, ?, ?)", caseId, f.assetType().name(), f.description(), f.valueFen(),
            f.location(), inquiryId, at);
      }
      total = Math.addExact(total, f.valueFen());
    }
    return total;
  }

  /** The last attempt of each source in a round. */
  List<SourceResult> round(String caseId, int round) {
    return jdbc.query("SELECT source, attempt, status FROM case_inquiry q WHERE case_id = ? AND round_no = ?"
            + " AND attempt = (SELECT MAX(attempt) FROM case_inquiry r WHERE r.case_id = q.case_id AND r.round_no = q.round_no AND r.source = q.source)"
            + " ORDER BY source",
        (rs, i) -> new SourceResult(AssetSource.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3)), caseId, round);
  }

  /** The sources of a round whose last attempt has no answer (never answered, failed, timed out, or flagged). */
  List<SourceResult> unanswered(String caseId, int round) {
    return round(caseId, round).stream().filter(r -> !r.status().equals("FOUND") && !r.status().equals("NONE")).toList();
  }

  /** The executing court's own inquiry of a source: recorded as the source's last attempt in the round. */
  void manual(String caseId, int round, AssetSource source, String outcome, OffsetDateTime at) {
    Integer attempt = jdbc.queryForObject("SELECT COALESCE(MAX(attempt), 0) + 1 FROM case_inquiry WHERE case_id = ? AND round_no = ?"
        + " AND source = ?", Integer.class, caseId, round, source.name());
    jdbc.update("INSERT INTO case_inquiry (case_id, inquiry_id, round_no, source, attempt, status, sent_at, settled_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", caseId, caseId + ":" + round + ":" + source.name() + ":M" + attempt, round,
        source.name(), attempt, outcome, at, at);
  }

  /** Assets found by a round's inquiries: count and value. */
  Map<String, Object> foundInRound(String caseId, int round) {
    return jdbc.queryForMap("SELECT COUNT(*) AS found, COALESCE(SUM(a.value_fen), 0) AS value_fen FROM case_asset a"
        + " JOIN case_inquiry q ON q.inquiry_id = a.inquiry_id WHERE q.case_id = ? AND q.round_no = ?", caseId, round);
  }

  List<Asset> assets(String caseId) {
    return jdbc.query("SELECT id, origin, asset_type, description, value_fen, location, inquiry_id, found_at FROM case_asset"
            + " WHERE case_id = ? ORDER BY id",
        (rs, i) -> new Asset(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
            rs.getString(7), rs.getObject(8, OffsetDateTime.class)), caseId);
  }
}
