package cn.court.crossexec.bankruptcy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The linkage's rows, read and written with plain JDBC (the tables of V18). */
@Component
class TransferRecords {

  record Transfer(String id, String debtorUscc, String debtorName, String caseId, String caseNumber,
      String executingCourtCode, String startedHow, String startReason, TransferState state, String receivingCourtCode,
      String approvalCourtCode, Long assetsFoundFen, Long debtsFen, Boolean stillOperating, Boolean booksKept,
      Boolean staffRemaining, Integer employees, Boolean brandOrLicences, Integer terminatedForNowCount,
      Integer openCases, Integer oldestCaseAgeMonths, String screeningOutcome, String screeningRule,
      String screeningReason, OffsetDateTime consentDueAt, OffsetDateTime decidedAt, OffsetDateTime serveDueAt,
      LocalDate servedOn, OffsetDateTime endedAt, OffsetDateTime createdAt, String createdBy) {}

  record Consent(long id, String partyRole, String partyName, String partyIdNumber, String caseId, String caseNumber,
      boolean inWriting, String documentRef, LocalDate consentedOn, String recordedBy, OffsetDateTime recordedAt) {}

  record History(String transferId, String type, String detail, String actor, OffsetDateTime at) {}

  private static final String TRANSFER = "SELECT id, debtor_uscc, debtor_name, case_id, case_number,"
      + " executing_court_code, started_how, start_reason, state, receiving_court_code, approval_court_code,"
      + " assets_found_fen, debts_fen, still_operating, books_kept, staff_remaining, employees, brand_or_licences,"
      + " terminated_for_now_count, open_cases, oldest_case_age_months, screening_outcome, screening_rule,"
      + " screening_reason, consent_due_at, decided_at, serve_due_at, served_on, ended_at, created_at, created_by"
      + " FROM bankruptcy_transfer";
  private static final String CONSENT = "SELECT id, party_role, party_name, party_id_number, case_id, case_number,"
      + " in_writing, document_ref, consented_on, recorded_by, recorded_at FROM bankruptcy_consent";

  private final JdbcTemplate jdbc;

  TransferRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Transfer t) {
    jdbc.update("INSERT INTO bankruptcy_transfer (id, debtor_uscc, debtor_name, case_id, case_number,"
        + " executing_court_code, started_how, start_reason, state, open_debtor_uscc, receiving_court_code,"
        + " approval_court_code, created_at, created_by, updated_at, updated_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.debtorUscc(), t.debtorName(), t.caseId(),
        t.caseNumber(), t.executingCourtCode(), t.startedHow(), t.startReason(), t.state().name(), t.debtorUscc(),
        t.receivingCourtCode(), t.approvalCourtCode(), t.createdAt(), t.createdBy(), t.createdAt(), t.createdBy());
  }

  Optional<Transfer> find(String id) {
    return jdbc.query(TRANSFER + " WHERE id = ?", TransferRecords::transfer, id).stream().findFirst();
  }

  /** The transfer under its row lock, so that concurrent steps and consents see each other's writes in turn. */
  Optional<Transfer> lock(String id) {
    return jdbc.query(TRANSFER + " WHERE id = ? FOR UPDATE", TransferRecords::transfer, id).stream().findFirst();
  }

  /** Every transfer of the debtor, the newest first. */
  List<Transfer> ofDebtor(String uscc) {
    return jdbc.query(TRANSFER + " WHERE debtor_uscc = ? ORDER BY created_at DESC, id", TransferRecords::transfer, uscc);
  }

  List<Transfer> ofCase(String caseId) {
    return jdbc.query(TRANSFER + " WHERE case_id = ? ORDER BY created_at DESC, id", TransferRecords::transfer, caseId);
  }

  /** Moves the transfer to {@code state}; an ended one lets go of its debtor (a decided one keeps it). */
  void state(String id, TransferState state, String by, OffsetDateTime at) {
    jdbc.update("UPDATE bankruptcy_transfer SET state = ?, open_debtor_uscc = CASE WHEN ? THEN debtor_uscc ELSE NULL END,"
        + " ended_at = CASE WHEN ? THEN ? ELSE ended_at END, updated_at = ?, updated_by = ? WHERE id = ?", state.name(),
        state.holdsDebtor(), state.ended(), at, at, by, id);
  }

  /** Sets columns of the transfer ({@code assignments} like {@code "a = ?, b = ?"}) and who changed it, when. */
  void update(String id, String assignments, String by, OffsetDateTime at, Object... values) {
    Object[] args = new Object[values.length + 3];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = at;
    args[values.length + 1] = by;
    args[values.length + 2] = id;
    jdbc.update("UPDATE bankruptcy_transfer SET " + assignments + ", updated_at = ?, updated_by = ? WHERE id = ?", args);
  }

  Optional<Consent> consent(String transferId, String partyIdNumber, String caseId) {
    return jdbc.query(CONSENT + " WHERE transfer_id = ? AND party_id_number = ? AND case_id = ?", TransferRecords::consent,
        transferId, partyIdNumber, caseId).stream().findFirst();
  }

  List<Consent> consents(String transferId) {
    return jdbc.query(CONSENT + " WHERE transfer_id = ? ORDER BY id", TransferRecords::consent, transferId);
  }

  void insertConsent(String transferId, String role, String name, String idNumber, String caseId, String caseNumber,
      String documentRef, LocalDate consentedOn, String by, OffsetDateTime at) {
    jdbc.update("INSERT INTO bankruptcy_consent (transfer_id, party_role, party_name, party_id_number, case_id,"
        + " case_number, in_writing, document_ref, consented_on, recorded_by, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)", transferId, role, name, idNumber, caseId, caseNumber,
        documentRef, consentedOn, by, at);
  }

  void history(String transferId, String type, String detail, String actor, OffsetDateTime at) {
    jdbc.update("INSERT INTO bankruptcy_history (transfer_id, type, detail, actor, occurred_at) VALUES (?, ?, ?, ?, ?)",
        transferId, type, detail.length() > 2000 ? detail.substring(0, 2000) : detail, actor, at);
  }

  /** The history of every transfer of the debtor, in time order. */
  List<History> historyOfDebtor(String uscc) {
    return jdbc.query("SELECT h.transfer_id, h.type, h.detail, h.actor, h.occurred_at FROM bankruptcy_history h"
        + " JOIN bankruptcy_transfer t ON t.id = h.transfer_id WHERE t.debtor_uscc = ? ORDER BY h.occurred_at, h.id",
        (rs, i) -> new History(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class)), uscc);
  }

  List<History> historyOf(String transferId) {
    return jdbc.query("SELECT transfer_id, type, detail, actor, occurred_at FROM bankruptcy_history WHERE transfer_id = ?"
        + " ORDER BY occurred_at, id", (rs, i) -> new History(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, OffsetDateTime.class)), transferId);
  }

  private static Transfer transfer(ResultSet rs, int row) throws SQLException {
    return new Transfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), TransferState.valueOf(rs.getString(9)), rs.getString(10),
        rs.getString(11), rs.getObject(12, Long.class), rs.getObject(13, Long.class), rs.getObject(14, Boolean.class),
        rs.getObject(15, Boolean.class), rs.getObject(16, Boolean.class), rs.getObject(17, Integer.class),
        rs.getObject(18, Boolean.class), rs.getObject(19, Integer.class), rs.getObject(20, Integer.class),
        rs.getObject(21, Integer.class), rs.getString(22), rs.getString(23), rs.getString(24),
        rs.getObject(25, OffsetDateTime.class), rs.getObject(26, OffsetDateTime.class),
        rs.getObject(27, OffsetDateTime.class), rs.getObject(28, LocalDate.class), rs.getObject(29, OffsetDateTime.class),
        rs.getObject(30, OffsetDateTime.class), rs.getString(31));
  }

  private static Consent consent(ResultSet rs, int row) throws SQLException {
    return new Consent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
        rs.getObject(11, OffsetDateTime.class));
  }
}
