package cn.court.crossexec.intake.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * An 18-character unified social credit code (统一社会信用代码) of a legal person or other
 * organisation, as defined by GB 32100-2015.
 *
 * <p>Layout (1-based positions, as in the standard):
 *
 * <pre>
 *   1     registration authority code (登记管理部门代码)
 *   2     organisation type code (机构类别代码)
 *   3-8   administrative division code of the registering authority (登记管理机关行政区划码), digits
 *   9-17  organisation code (主体标识码, GB 11714)
 *   18    check character
 * </pre>
 *
 * <p>Every character comes from a 31-character set of digits and upper-case letters without
 * I, O, Z, S and V. Input is normalised to upper case and surrounding whitespace is ignored.
 * The registration authority and organisation type codes are exposed but not checked against the
 * lists in the standard, since those lists are extended from time to time.
 */
public final class UnifiedSocialCreditCode {

  /** Allowed characters; a character's index is its numeric value in the check computation. */
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int MODULUS = CHARSET.length(); // 31

  /** Weights of positions 1-17: 3^i mod 31. */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  static final String MSG_EMPTY = "统一社会信用代码不能为空";
  static final String MSG_LENGTH = "统一社会信用代码应为18位";
  static final String MSG_CHARACTERS = "统一社会信用代码含有非法字符";
  static final String MSG_DIVISION_CODE = "统一社会信用代码第3至8位（行政区划码）应为数字";
  static final String MSG_CHECK_CHARACTER = "统一社会信用代码校验位不正确";

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Validates {@code raw} without throwing.
   *
   * @param raw user input, may be {@code null}
   * @return a result with the normalised (upper-case) code, or with a Chinese error message
   */
  public static Validation validate(String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(MSG_EMPTY);
    }
    String candidate = raw.strip().toUpperCase(Locale.ROOT);
    if (candidate.length() != 18) {
      return Validation.invalid(MSG_LENGTH);
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(candidate.charAt(i)) < 0) {
        return Validation.invalid(MSG_CHARACTERS);
      }
    }
    for (int i = 2; i < 8; i++) {
      char c = candidate.charAt(i);
      if (c < '0' || c > '9') {
        return Validation.invalid(MSG_DIVISION_CODE);
      }
    }
    if (candidate.charAt(17) != checkCharacter(candidate)) {
      return Validation.invalid(MSG_CHECK_CHARACTER);
    }
    return Validation.ok(candidate);
  }

  /**
   * Parses {@code raw} into a unified social credit code.
   *
   * @throws IllegalArgumentException with the Chinese validation message if {@code raw} is invalid
   */
  public static UnifiedSocialCreditCode parse(String raw) {
    return new UnifiedSocialCreditCode(validate(raw).orThrow().normalized());
  }

  /**
   * Computes the check character for the first 17 characters of {@code code}, which must all be
   * in the code's character set.
   */
  static char checkCharacter(CharSequence code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int c = MODULUS - sum % MODULUS; // 1..31
    return CHARSET.charAt(c == MODULUS ? 0 : c);
  }

  /** The normalised 18-character code. */
  public String value() {
    return value;
  }

  /** Position 1: registration authority code, e.g. {@code 9} for market regulation. */
  public char registrationAuthorityCode() {
    return value.charAt(0);
  }

  /** Position 2: organisation type code, e.g. {@code 1} for an enterprise under authority 9. */
  public char organisationTypeCode() {
    return value.charAt(1);
  }

  /** Positions 3-8: administrative division code of the registering authority. */
  public String administrativeDivisionCode() {
    return value.substring(2, 8);
  }

  /** Positions 9-17: organisation code (主体标识码). */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof UnifiedSocialCreditCode other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
