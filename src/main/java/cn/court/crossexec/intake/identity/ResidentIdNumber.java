package cn.court.crossexec.intake.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * An 18-character PRC resident identity number (公民身份号码) as defined by GB 11643-1999.
 *
 * <p>Layout (0-based character positions):
 *
 * <pre>
 *   0-5   address code (行政区划代码), 6 digits
 *   6-13  birth date YYYYMMDD, 8 digits
 *   14-16 sequence code (顺序码), 3 digits; the last one is odd for men, even for women
 *   17    check character, a digit or 'X' (ISO 7064 MOD 11-2)
 * </pre>
 *
 * <p>The old 15-digit format is not accepted. A lower-case {@code x} check character is accepted
 * and normalised to upper case; surrounding whitespace is ignored.
 *
 * <p>Instances are immutable and can only be obtained through {@link #parse}, so every instance
 * is a valid number. {@link #toString()} masks the birth date to keep personal data out of logs;
 * use {@link #value()} for the full number.
 */
public final class ResidentIdNumber {

  /** Weights of the first 17 digits: 2^(17-i) mod 11. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** Check character indexed by (weighted sum mod 11). */
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** Earliest birth date we accept. */
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** Strict resolving rejects dates such as 2023-02-30 instead of clamping them. */
  private static final DateTimeFormatter BIRTH_DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  static final String MSG_EMPTY = "身份证号码不能为空";
  static final String MSG_LENGTH = "身份证号码应为18位";
  static final String MSG_CHARACTERS = "身份证号码前17位应为数字，最后一位应为数字或X";
  static final String MSG_BIRTH_DATE_INVALID = "身份证号码中的出生日期无效";
  static final String MSG_BIRTH_DATE_FUTURE = "身份证号码中的出生日期不能晚于当前日期";
  static final String MSG_BIRTH_DATE_TOO_EARLY = "身份证号码中的出生日期不能早于1900年1月1日";
  static final String MSG_CHECK_CHARACTER = "身份证号码校验位不正确";

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Validates {@code raw} without throwing.
   *
   * @param raw user input, may be {@code null}
   * @param today the reference date; birth dates after it are rejected (pass the court's
   *     business date, e.g. {@code LocalDate.now(clock)})
   * @return a result with the normalised number, or with a Chinese error message
   */
  public static Validation validate(String raw, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(MSG_EMPTY);
    }
    String candidate = raw.strip().toUpperCase(Locale.ROOT);
    if (candidate.length() != 18) {
      return Validation.invalid(MSG_LENGTH);
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(candidate.charAt(i))) {
        return Validation.invalid(MSG_CHARACTERS);
      }
    }
    char last = candidate.charAt(17);
    if (!isAsciiDigit(last) && last != 'X') {
      return Validation.invalid(MSG_CHARACTERS);
    }

    LocalDate birthDate = parseBirthDate(candidate);
    if (birthDate == null) {
      return Validation.invalid(MSG_BIRTH_DATE_INVALID);
    }
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      return Validation.invalid(MSG_BIRTH_DATE_TOO_EARLY);
    }
    if (birthDate.isAfter(today)) {
      return Validation.invalid(MSG_BIRTH_DATE_FUTURE);
    }

    if (last != checkCharacter(candidate)) {
      return Validation.invalid(MSG_CHECK_CHARACTER);
    }
    return Validation.ok(candidate);
  }

  /**
   * Parses {@code raw} into a resident identity number.
   *
   * @throws IllegalArgumentException with the Chinese validation message if {@code raw} is invalid
   */
  public static ResidentIdNumber parse(String raw, LocalDate today) {
    String normalized = validate(raw, today).orThrow().normalized();
    return new ResidentIdNumber(normalized, parseBirthDate(normalized));
  }

  /**
   * Computes the check character for the first 17 characters of {@code number}, which must be
   * ASCII digits.
   */
  static char checkCharacter(CharSequence number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** The birth date encoded at positions 6-13, or {@code null} if it is not a calendar date. */
  private static LocalDate parseBirthDate(String number) {
    try {
      return LocalDate.parse(number.substring(6, 14), BIRTH_DATE_FORMAT);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The normalised 18-character number (upper-case {@code X}). */
  public String value() {
    return value;
  }

  /** The 6-digit address code (行政区划代码) of the place of first registration. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The holder's date of birth. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Whether the holder is male: the 17th character (sequence code's last digit) is odd. */
  public boolean isMale() {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ResidentIdNumber other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** A masked form such as {@code 110105********002X}, safe to log. */
  @Override
  public String toString() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }
}
