package cn.court.crossexec.enforcement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates the executing court's enforcement numbers: per court and year, without gaps or duplicates. The counter row
 * is created once (its own transaction, a concurrent creator's duplicate ignored); the number is taken by
 * {@code UPDATE ... SET last_value = last_value + 1} in the caller's transaction, which holds the row lock until the
 * case is committed, so a rolled-back case gives its number back.
 */
@Component
class EnforcementNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separate;
  private final String pattern;

  EnforcementNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      @Value("${crossexec.case-number.pattern:（{year}）{designator}执{seq}号}") String pattern) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.pattern = pattern;
  }

  /** The next number of the court for the year, formatted by crossexec.case-number.pattern. */
  String next(String courtCode, String designator, int year) {
    int updated = jdbc.update("UPDATE enforcement_number_counter SET last_value = last_value + 1"
        + " WHERE court_code = ? AND number_year = ?", courtCode, year);
    if (updated == 0) {
      separate.executeWithoutResult(s -> {
        try {
          jdbc.update("INSERT INTO enforcement_number_counter (court_code, number_year, last_value) VALUES (?, ?, 0)",
              courtCode, year);
        } catch (DuplicateKeyException alreadyThere) {
          s.setRollbackOnly();
        }
      });
      jdbc.update("UPDATE enforcement_number_counter SET last_value = last_value + 1"
          + " WHERE court_code = ? AND number_year = ?", courtCode, year);
    }
    Integer seq = jdbc.queryForObject("SELECT last_value FROM enforcement_number_counter WHERE court_code = ? AND number_year = ?",
        Integer.class, courtCode, year);
    return format(pattern, year, designator, seq);
  }

  static String format(String pattern, int year, String designator, int seq) {
    return pattern.replace("{year}", Integer.toString(year)).replace("{designator}", designator)
        .replace("{seq}", Integer.toString(seq));
  }
}
