package cn.court.crossexec.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The credit capability's rows, read and written with plain JDBC (the tables of V15). */
@Component
class CreditRecords {

  record Discipline(String id, String caseId, String caseNumber, String courtCode, String debtorName,
      String debtorIdNumber, String debtorType, CreditStatus status, String proposalReason, Boolean ableToPerform,
      Boolean securityGiven, Boolean assetsCoverDebt, Boolean laterInOrder, Boolean minor, Boolean violenceOrThreats,
      Boolean repeatListing, Boolean evasion, Long outstandingFen, String classification, String classificationReason,
      String grade, String measures, String gradeReason, Integer termMonths, LocalDate graceUntil, String decidedBy,
      OffsetDateTime decidedAt, boolean published, LocalDate disciplinedOn, LocalDate termEndsOn, LocalDate suspendedOn,
      RemovalCause removalCause, String removalNote, OffsetDateTime removalDueAt, OffsetDateTime removedAt,
      String removedBy, LocalDate noRelistingUntil, OffsetDateTime createdAt) {}

  record Person(String role, String name, String idNumber, OffsetDateTime boundAt, OffsetDateTime releasedAt) {}

  record History(String type, String detail, String actor, OffsetDateTime at) {}

  record GroundRecord(Ground ground, String evidence) {}

  record Lifting(String purpose, LocalDate liftedOn, String recordedBy, OffsetDateTime recordedAt) {}

  record Correction(long id, String reason, String filedBy, OffsetDateTime filedAt, OffsetDateTime reviewDueAt,
      String outcome, String outcomeNote, String reviewedBy, OffsetDateTime reviewedAt) {}

  record Push(String key, String disciplineId, String action, String status, int attempts, OffsetDateTime nextAttemptAt,
      String lastError, String platformRef, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {}

  private static final String DISCIPLINE = "SELECT id, case_id, case_number, court_code, debtor_name, debtor_id_number,"
      + " debtor_type, status, proposal_reason, able_to_perform, security_given, assets_cover_debt, later_in_order, minor,"
      + " violence_or_threats, repeat_listing, evasion, outstanding_fen, classification, classification_reason, grade,"
      + " measures, grade_reason, term_months, grace_until, decided_by, decided_at, published, disciplined_on,"
      + " term_ends_on, suspended_on, removal_cause, removal_note, removal_due_at, removed_at, removed_by,"
      + " no_relisting_until, created_at FROM credit_discipline";
  private static final String PUSH = "SELECT idempotency_key, discipline_id, action, status, attempts, next_attempt_at,"
      + " last_error, platform_ref, created_at, delivered_at FROM credit_push";

  private final JdbcTemplate jdbc;

  CreditRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  void insert(String id, String caseId, String caseNumber, String courtCode, String debtorName, String debtorIdNumber,
      String debtorType, String reason, String by, OffsetDateTime now) {
    jdbc.update("INSERT INTO credit_discipline (id, case_id, case_number, court_code, debtor_name, debtor_id_number,"
        + " debtor_type, status, proposal_reason, created_at, created_by, updated_at, updated_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseId, caseNumber, courtCode, debtorName, debtorIdNumber,
        debtorType, CreditStatus.PROPOSED.name(), reason, now, by, now, by);
  }

  Optional<Discipline> find(String id) {
    return jdbc.query(DISCIPLINE + " WHERE id = ?", CreditRecords::discipline, id).stream().findFirst();
  }

  /** Locks the row for the rest of the transaction (two removals of one entry cannot both go through). */
  Optional<Discipline> lock(String id) {
    return jdbc.query(DISCIPLINE + " WHERE id = ? FOR UPDATE", CreditRecords::discipline, id).stream().findFirst();
  }

  List<Discipline> ofCase(String caseId) {
    return jdbc.query(DISCIPLINE + " WHERE case_id = ? ORDER BY created_at", CreditRecords::discipline, caseId);
  }

  List<Discipline> ofDebtor(String idNumber) {
    return jdbc.query(DISCIPLINE + " WHERE debtor_id_number = ? ORDER BY created_at", CreditRecords::discipline, idNumber);
  }

  List<Discipline> publicList(String name, String idNumber) {
    if (idNumber != null) {
      return jdbc.query(DISCIPLINE + " WHERE status = 'LISTED' AND published = TRUE AND debtor_id_number = ?"
          + " ORDER BY disciplined_on, id", CreditRecords::discipline, idNumber);
    }
    return jdbc.query(DISCIPLINE + " WHERE status = 'LISTED' AND published = TRUE AND debtor_name = ?"
        + " ORDER BY disciplined_on, id", CreditRecords::discipline, name);
  }

  void update(String id, String setClause, String by, OffsetDateTime now, Object... args) {
    Object[] all = new Object[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = by;
    all[args.length + 1] = now;
    all[args.length + 2] = id;
    if (jdbc.update("UPDATE credit_discipline SET " + setClause + ", updated_by = ?, updated_at = ? WHERE id = ?", all) != 1) {
      throw new IllegalStateException("No credit discipline " + id);
    }
  }

  void history(String disciplineId, String type, String detail, String actor, OffsetDateTime now) {
    jdbc.update("INSERT INTO credit_history (discipline_id, type, detail, actor, recorded_at) VALUES (?, ?, ?, ?, ?)",
        disciplineId, type, detail, actor, now);
  }

  List<History> historyOf(String disciplineId) {
    return jdbc.query("SELECT type, detail, actor, recorded_at FROM credit_history WHERE discipline_id = ? ORDER BY id",
        (rs, i) -> new History(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)),
        disciplineId);
  }

  void replaceGrounds(String disciplineId, List<GroundRecord> grounds) {
    jdbc.update("DELETE FROM credit_ground WHERE discipline_id = ?", disciplineId);
    for (GroundRecord g : grounds) {
      jdbc.update("INSERT INTO credit_ground (discipline_id, ground, evidence) VALUES (?, ?, ?)", disciplineId,
          g.ground().name(), g.evidence());
    }
  }

  List<GroundRecord> groundsOf(String disciplineId) {
    return jdbc.query("SELECT ground, evidence FROM credit_ground WHERE discipline_id = ? ORDER BY ground",
        (rs, i) -> new GroundRecord(Ground.valueOf(rs.getString(1)), rs.getString(2)), disciplineId);
  }

  void replacePersons(String disciplineId, List<Person> persons) {
    jdbc.update("DELETE FROM credit_restricted_person WHERE discipline_id = ?", disciplineId);
    for (Person p : persons) {
      jdbc.update("INSERT INTO credit_restricted_person (discipline_id, role, name, id_number) VALUES (?, ?, ?, ?)",
          disciplineId, p.role(), p.name(), p.idNumber());
    }
  }

  void bindPersons(String disciplineId, OffsetDateTime now) {
    jdbc.update("UPDATE credit_restricted_person SET bound_at = ? WHERE discipline_id = ? AND bound_at IS NULL", now,
        disciplineId);
  }

  int releasePersons(String disciplineId, OffsetDateTime now) {
    return jdbc.update("UPDATE credit_restricted_person SET released_at = ? WHERE discipline_id = ? AND bound_at IS NOT NULL"
        + " AND released_at IS NULL", now, disciplineId);
  }

  List<Person> personsOf(String disciplineId) {
    return jdbc.query("SELECT role, name, id_number, bound_at, released_at FROM credit_restricted_person"
        + " WHERE discipline_id = ? ORDER BY id", (rs, i) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)), disciplineId);
  }

  void insertLifting(String disciplineId, String purpose, LocalDate on, String by, OffsetDateTime now) {
    jdbc.update("INSERT INTO credit_lifting (discipline_id, purpose, lifted_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
        disciplineId, purpose, on, by, now);
  }

  List<Lifting> liftingsOf(String disciplineId) {
    return jdbc.query("SELECT purpose, lifted_on, recorded_by, recorded_at FROM credit_lifting WHERE discipline_id = ?"
        + " ORDER BY id", (rs, i) -> new Lifting(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
        rs.getObject(4, OffsetDateTime.class)), disciplineId);
  }

  long insertCorrection(String disciplineId, String reason, String by, OffsetDateTime now, OffsetDateTime due) {
    jdbc.update("INSERT INTO credit_correction (discipline_id, reason, filed_by, filed_at, review_due_at) VALUES (?, ?, ?, ?, ?)",
        disciplineId, reason, by, now, due);
    return jdbc.queryForObject("SELECT MAX(id) FROM credit_correction WHERE discipline_id = ?", Long.class, disciplineId);
  }

  Optional<Correction> openCorrection(String disciplineId) {
    return correctionsOf(disciplineId).stream().filter(c -> c.outcome() == null).findFirst();
  }

  void decideCorrection(long id, String outcome, String note, String by, OffsetDateTime now) {
    jdbc.update("UPDATE credit_correction SET outcome = ?, outcome_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
        outcome, note, by, now, id);
  }

  List<Correction> correctionsOf(String disciplineId) {
    return jdbc.query("SELECT id, reason, filed_by, filed_at, review_due_at, outcome, outcome_note, reviewed_by, reviewed_at"
        + " FROM credit_correction WHERE discipline_id = ? ORDER BY id", (rs, i) -> new Correction(rs.getLong(1),
        rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class)), disciplineId);
  }

  /** Records a push once per key; @return whether this call recorded it */
  boolean insertPush(String key, String disciplineId, String action, OffsetDateTime now) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM credit_push WHERE idempotency_key = ?", Integer.class, key);
    if (known != null && known > 0) {
      return false;
    }
    jdbc.update("INSERT INTO credit_push (idempotency_key, discipline_id, action, status, next_attempt_at, created_at)"
        + " VALUES (?, ?, ?, 'PENDING', ?, ?)", key, disciplineId, action, now, now);
    return true;
  }

  List<Push> duePushes(OffsetDateTime now, int limit) {
    return jdbc.query(PUSH + " WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY created_at LIMIT " + limit,
        CreditRecords::push, now);
  }

  Optional<Push> lockPush(String key) {
    return jdbc.query(PUSH + " WHERE idempotency_key = ? FOR UPDATE", CreditRecords::push, key).stream().findFirst();
  }

  List<Push> pushesOf(String disciplineId) {
    return jdbc.query(PUSH + " WHERE discipline_id = ? ORDER BY created_at", CreditRecords::push, disciplineId);
  }

  void pushDelivered(String key, String ref, OffsetDateTime now) {
    jdbc.update("UPDATE credit_push SET status = 'DELIVERED', attempts = attempts + 1, platform_ref = ?, delivered_at = ?,"
        + " last_error = NULL WHERE idempotency_key = ?", ref, now, key);
  }

  void pushFailed(String key, String error, boolean giveUp, OffsetDateTime next) {
    jdbc.update("UPDATE credit_push SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
        + " WHERE idempotency_key = ?", giveUp ? "FAILED" : "PENDING", error, next, key);
  }

  private static Discipline discipline(ResultSet rs, int i) throws SQLException {
    String cause = rs.getString("removal_cause");
    return new Discipline(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
        rs.getString("court_code"), rs.getString("debtor_name"), rs.getString("debtor_id_number"),
        rs.getString("debtor_type"), CreditStatus.valueOf(rs.getString("status")), rs.getString("proposal_reason"),
        bool(rs, "able_to_perform"), bool(rs, "security_given"), bool(rs, "assets_cover_debt"), bool(rs, "later_in_order"),
        bool(rs, "minor"), bool(rs, "violence_or_threats"), bool(rs, "repeat_listing"), bool(rs, "evasion"),
        rs.getObject("outstanding_fen") == null ? null : rs.getLong("outstanding_fen"), rs.getString("classification"),
        rs.getString("classification_reason"), rs.getString("grade"), rs.getString("measures"), rs.getString("grade_reason"),
        rs.getObject("term_months") == null ? null : rs.getInt("term_months"), rs.getObject("grace_until", LocalDate.class),
        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class), rs.getBoolean("published"),
        rs.getObject("disciplined_on", LocalDate.class), rs.getObject("term_ends_on", LocalDate.class),
        rs.getObject("suspended_on", LocalDate.class), cause == null ? null : RemovalCause.valueOf(cause),
        rs.getString("removal_note"), rs.getObject("removal_due_at", OffsetDateTime.class),
        rs.getObject("removed_at", OffsetDateTime.class), rs.getString("removed_by"),
        rs.getObject("no_relisting_until", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class));
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static Push push(ResultSet rs, int i) throws SQLException {
    return new Push(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
        rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
        rs.getObject(10, OffsetDateTime.class));
  }
}
