package cn.court.crossexec.workflow.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table {@code process_message} (owned by workflow): the outbox of messages for processes. */
@Component
class ProcessMessageStore {

  private static final String COLUMNS = "id, kind, name, business_key, match_variable, match_value, variables, to_all,"
      + " when_not_awaited, fallback, description, state, attempts, next_attempt_at, hold_until, created_at, created_by,"
      + " finished_at, finished_by, last_error";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  ProcessMessageStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One recorded message and where it stands. */
  record Stored(long id, ProcessMessage message, ProcessMessageState state, int attempts, OffsetDateTime nextAttemptAt,
      OffsetDateTime holdUntil, OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt, String finishedBy,
      String lastError) {}

  long insert(ProcessMessage m, String by, OffsetDateTime now, OffsetDateTime firstAttemptAt, OffsetDateTime holdUntil) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    String variables = encode(m.variables());
    jdbc.update(con -> {
      var ps = con.prepareStatement("INSERT INTO process_message (kind, name, business_key, match_variable, match_value,"
          + " variables, to_all, when_not_awaited, fallback, description, state, attempts, next_attempt_at, hold_until,"
          + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, m.kind().name());
      ps.setString(2, m.name());
      ps.setString(3, m.businessKey());
      ps.setString(4, m.matchVariable());
      ps.setString(5, m.matchVariable() == null ? null : encode(java.util.Collections.singletonMap(m.matchVariable(), m.matchValue())));
      ps.setString(6, variables);
      ps.setBoolean(7, m.toAll());
      ps.setString(8, m.whenNotAwaited().name());
      ps.setString(9, m.fallback());
      ps.setString(10, truncate(m.description(), 500));
      ps.setObject(11, firstAttemptAt);
      ps.setObject(12, holdUntil);
      ps.setObject(13, now);
      ps.setString(14, truncate(by, 64));
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  /** The message if it is still pending, locked for this transaction (a second deliverer waits, then sees it done). */
  Optional<Stored> lockPending(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM process_message WHERE id = ? AND state = 'PENDING' FOR UPDATE", ROW, id)
        .stream().findFirst();
  }

  Optional<Stored> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM process_message WHERE id = ?", ROW, id).stream().findFirst();
  }

  List<Long> due(OffsetDateTime now, int limit) {
    return jdbc.queryForList("SELECT id FROM process_message WHERE state = 'PENDING' AND next_attempt_at <= ?"
        + " ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY", Long.class, now);
  }

  List<Stored> list(ProcessMessageState state, String businessKey, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM process_message WHERE 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (state != null) {
      sql.append(" AND state = ?");
      args.add(state.name());
    }
    if (businessKey != null) {
      sql.append(" AND business_key = ?");
      args.add(businessKey);
    }
    sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  long count(ProcessMessageState state) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM process_message WHERE state = ?", Long.class, state.name());
    return n == null ? 0 : n;
  }

  void finish(long id, ProcessMessageState state, int attempts, OffsetDateTime now, String by, String error) {
    jdbc.update("UPDATE process_message SET state = ?, attempts = ?, finished_at = ?, finished_by = ?,"
        + " last_error = COALESCE(?, last_error) WHERE id = ?", state.name(), attempts, now, by, truncate(error, 1000), id);
  }

  void reschedule(long id, int attempts, OffsetDateTime next, String error) {
    jdbc.update("UPDATE process_message SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'PENDING'",
        attempts, next, truncate(error, 1000), id);
  }

  /** A manager sends an undeliverable message again: pending at once, held for another period. */
  boolean reopen(long id, OffsetDateTime now, OffsetDateTime holdUntil, String by) {
    return jdbc.update("UPDATE process_message SET state = 'PENDING', next_attempt_at = ?, hold_until = ?, finished_at = ?,"
        + " finished_by = ?, last_error = NULL WHERE id = ? AND state = 'UNDELIVERABLE'", now, holdUntil, now, by, id) == 1;
  }

  private static final RowMapper<Stored> ROW = ProcessMessageStore::row;

  private static Stored row(ResultSet rs, int n) throws SQLException {
    ProcessMessage message = new ProcessMessage(ProcessMessage.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
        rs.getString("business_key"), rs.getString("match_variable"), matchValue(rs.getString("match_value")),
        decode(rs.getString("variables")), rs.getBoolean("to_all"),
        ProcessMessage.WhenNotAwaited.valueOf(rs.getString("when_not_awaited")), rs.getString("fallback"),
        rs.getString("description"));
    return new Stored(rs.getLong("id"), message, ProcessMessageState.valueOf(rs.getString("state")), rs.getInt("attempts"),
        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("hold_until", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
        rs.getObject("finished_at", OffsetDateTime.class), rs.getString("finished_by"), rs.getString("last_error"));
  }

  /** Variables keep their Java type through the table (a Long stays a Long), so the model sees what it saw before. */
  static String encode(Map<String, Object> variables) {
    Map<String, Map<String, Object>> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      String type = typeOf(name, value);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", type);
      entry.put("value", value instanceof BigDecimal d ? d.toPlainString() : value);
      typed.put(name, entry);
    });
    try {
      return JSON.writeValueAsString(typed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Process message variables cannot be written", e);
    }
  }

  private static String typeOf(String name, Object value) {
    if (value == null) {
      return "Null";
    }
    for (Class<?> type : List.of(String.class, Integer.class, Long.class, Boolean.class, Double.class, BigDecimal.class)) {
      if (type == value.getClass()) {
        return type.getSimpleName();
      }
    }
    throw new IllegalArgumentException("Process message variable " + name + " has an unsupported type "
        + value.getClass().getName() + " (strings, numbers and booleans only)");
  }

  static Map<String, Object> decode(String json) {
    try {
      Map<String, Map<String, Object>> typed = JSON.readValue(json, new TypeReference<>() {});
      Map<String, Object> variables = new LinkedHashMap<>();
      typed.forEach((name, entry) -> {
        Object v = entry.get("value");
        variables.put(name, switch ((String) entry.get("type")) {
          case "Null" -> null;
          case "String" -> (String) v;
          case "Integer" -> ((Number) v).intValue();
          case "Long" -> ((Number) v).longValue();
          case "Boolean" -> (Boolean) v;
          case "Double" -> ((Number) v).doubleValue();
          case "BigDecimal" -> new BigDecimal((String) v);
          default -> throw new IllegalStateException("Unknown variable type " + entry.get("type"));
        });
      });
      return variables;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored process message variables cannot be read", e);
    }
  }

  private static Object matchValue(String json) {
    return json == null ? null : decode(json).values().stream().findFirst().orElse(null);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
