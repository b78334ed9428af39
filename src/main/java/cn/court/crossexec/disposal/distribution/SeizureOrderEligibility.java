package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the ordinary claims may be paid in the order of seizure (民诉法解释第五百一十四条): only when the debtor is a
 * corporate body (an enterprise with a unified social credit code, not a natural person) whose transfer to bankruptcy
 * was refused or not consented to. That fact is recorded by {@link DistributionService#recordBankruptcyTransferFailed}
 * (API {@code PUT /api/cases/{id}/bankruptcy-transfer}; later the bankruptcy capability).
 */
@Component
class SeizureOrderEligibility {

  /** What is recorded on the case. */
  record Fact(BankruptcyTransferOutcome outcome, String basis, String recordedBy, OffsetDateTime recordedAt) {}

  private final JdbcTemplate jdbc;

  SeizureOrderEligibility(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Fact> fact(String caseId) {
    return jdbc.query("SELECT outcome, basis, recorded_by, recorded_at FROM bankruptcy_transfer_outcome WHERE case_id = ?",
        (rs, i) -> new Fact(BankruptcyTransferOutcome.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class)), caseId).stream().findFirst();
  }

  void record(String caseId, BankruptcyTransferOutcome outcome, String basis, String by, OffsetDateTime at) {
    if (jdbc.update("UPDATE bankruptcy_transfer_outcome SET outcome = ?, basis = ?, recorded_by = ?, recorded_at = ?"
        + " WHERE case_id = ?", outcome.name(), basis, by, at, caseId) == 0) {
      jdbc.update("INSERT INTO bankruptcy_transfer_outcome (case_id, outcome, basis, recorded_by, recorded_at)"
          + " VALUES (?, ?, ?, ?, ?)", caseId, outcome.name(), basis, by, at);
    }
  }

  /** Why the order of seizure is not allowed in the case, in Chinese; empty when it is. */
  Optional<String> problem(CaseView theCase) {
    boolean corporate = theCase.parties().stream().filter(p -> p.role().equals("DEBTOR")).findFirst()
        .map(SeizureOrderEligibility::corporate).orElse(false);
    if (!corporate) {
      return Optional.of("按查封先后顺序清偿仅适用于被执行人为企业法人的情形（民诉法解释第五百一十四条），本案被执行人不是企业法人，应按债权比例清偿");
    }
    if (fact(theCase.id()).isEmpty()) {
      return Optional.of("按查封先后顺序清偿须被执行人经移送破产审查未被受理或当事人不同意移送破产（民诉法解释第五百一十四条），本案尚无该记录");
    }
    return Optional.empty();
  }

  /** A corporate body: not a natural person, identified by a unified social credit code (not a citizen ID number). */
  static boolean corporate(OpenCaseCommand.Party party) {
    String id = party.idNumber() == null ? "" : party.idNumber().trim().toUpperCase();
    return !"PERSON".equals(party.type()) && id.length() == 18 && !id.matches("\\d{17}[\\dX]");
  }
}
