package cn.court.crossexec.gateway;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records answers of the asset-inquiry system, once per inquiry and source (a repeated delivery changes nothing),
 * and announces each new answer.
 */
@Service
@Transactional
public class AssetInquiryAnswers {

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AssetInquiryAnswers(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** @return true when the answer was new, false when the same inquiry and source had answered before */
  public boolean receive(AssetInquiryAnswer answer) {
    Integer known = jdbc.queryForObject(
        "SELECT COUNT(*) FROM asset_inquiry_answer WHERE inquiry_id = ? AND source = ?", Integer.class,
        answer.inquiryId(), answer.source().name());
    if (known != null && known > 0) {
      return false;
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update(con -> {
      var ps = con.prepareStatement(
          "INSERT INTO asset_inquiry_answer (inquiry_id, case_id, source, outcome, message, received_at) VALUES (?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      ps.setString(1, answer.inquiryId());
      ps.setString(2, answer.caseId());
      ps.setString(3, answer.source().name());
      ps.setString(4, answer.outcome().name());
      ps.setString(5, answer.message());
      ps.setObject(6, now);
      return ps;
    }, key);
    long answerId = key.getKey().longValue();
    long total = 0;
    for (AssetInquiryAnswer.Finding f : answer.findingsOrEmpty()) {
      jdbc.update("INSERT INTO asset_inquiry_finding (answer_id, asset_type, description, value_fen, location) VALUES (?, ?, ?, ?, ?)",
          answerId, f.assetType().name(), f.description(), f.valueFen(), f.location());
      total = Math.addExact(total, f.valueFen());
    }
    events.publishEvent(new AssetInquiryAnswered(answer.inquiryId(), answer.caseId(), answer.source(), answer.outcome(), total));
    return true;
  }

  /** A stored answer of one inquiry and source, with what was found. */
  public record Stored(AssetInquiryAnswer.Outcome outcome, String message, java.util.List<AssetInquiryAnswer.Finding> findings) {}

  /** The answer a source gave to an inquiry, if it has answered. */
  @Transactional(readOnly = true)
  public java.util.Optional<Stored> find(String inquiryId, AssetSource source) {
    var rows = jdbc.queryForList("SELECT id, outcome, message FROM asset_inquiry_answer WHERE inquiry_id = ? AND source = ?",
        inquiryId, source.name());
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    var row = rows.get(0);
    long answerId = ((Number) row.get("ID")).longValue();
    var findings = jdbc.query("SELECT asset_type, description, value_fen, location FROM asset_inquiry_finding WHERE answer_id = ? ORDER BY id",
        (rs, i) -> new AssetInquiryAnswer.Finding(AssetSource.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getString(4)),
        answerId);
    return java.util.Optional.of(new Stored(AssetInquiryAnswer.Outcome.valueOf((String) row.get("OUTCOME")),
        (String) row.get("MESSAGE"), findings));
  }

  /** How many sources of an inquiry have answered, for callers that wait for all of them. */
  @Transactional(readOnly = true)
  public int answered(String inquiryId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM asset_inquiry_answer WHERE inquiry_id = ?", Integer.class, inquiryId);
  }
}
