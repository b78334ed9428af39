package cn.court.crossexec.intake.identity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese court case number (案号) following the Supreme People's Court's 2015 rules on case
 * numbers (《最高人民法院关于人民法院案件案号的若干规定》), for example {@code （2024）粤0305执1234号}.
 *
 * <p>Structure:
 *
 * <pre>
 *   （year）   year the case was filed, 4 digits, 1990-2100
 *   designator court designator (法院代字): a province abbreviation optionally followed by 2 or 4
 *              digits (粤 = high court, 粤03 = intermediate court, 粤0305 = basic court),
 *              or 最高法 for the Supreme People's Court
 *   case type  case-type code (类型代字), one or more Chinese characters, e.g. 执, 执恢, 民初
 *   sequence   case sequence number (案件编号), digits without a leading zero
 *   号         literal terminator
 * </pre>
 *
 * <p>Full-width （） and half-width () brackets are both accepted and normalised to full-width;
 * surrounding whitespace is ignored. Instances are immutable and always valid.
 */
public final class CaseNumber {

  /** Province-level abbreviations of the 31 mainland divisions, plus 兵 for the XPCC courts. */
  private static final Set<String> PROVINCE_ABBREVIATIONS =
      Set.of(
          "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫",
          "鄂", "湘", "粤", "桂", "琼", "渝", "川", "贵", "云", "藏", "陕", "甘", "青", "宁", "新", "兵");

  private static final String SUPREME_COURT_DESIGNATOR = "最高法";

  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  /**
   * Structural shape of a normalised case number. The designator's province character is matched
   * loosely here and checked against {@link #PROVINCE_ABBREVIATIONS} afterwards, so that an
   * unknown province gets its own message. {@code 最高法} is tried first; a one-character
   * designator cannot be confused with the case type because only 最高法 has several characters.
   * The case type may not contain 号, which terminates the number. The sequence is limited to 9
   * digits so that it fits an {@code int}.
   */
  private static final Pattern SHAPE =
      Pattern.compile(
          "（(?<year>\\d{4})）"
              + "(?<designator>最高法|(?<province>\\p{IsHan})(?:\\d{4}|\\d{2})?)"
              + "(?<type>[\\p{IsHan}&&[^号]]+)"
              + "(?<sequence>\\d{1,9})"
              + "号");

  static final String MSG_EMPTY = "案号不能为空";
  static final String MSG_FORMAT = "案号格式不正确，应如（2024）粤0305执1234号";
  static final String MSG_YEAR = "案号中的年度应在" + MIN_YEAR + "至" + MAX_YEAR + "之间";
  static final String MSG_PROVINCE = "案号中的法院代字不正确，应以省级行政区简称（如粤）或“最高法”开头";
  static final String MSG_SEQUENCE = "案号中的案件编号不能以0开头";

  private final String value;
  private final int year;
  private final String designator;
  private final String caseType;
  private final int sequence;

  private CaseNumber(String value, int year, String designator, String caseType, int sequence) {
    this.value = value;
    this.year = year;
    this.designator = designator;
    this.caseType = caseType;
    this.sequence = sequence;
  }

  /**
   * Validates {@code raw} without throwing.
   *
   * @param raw user input, may be {@code null}
   * @return a result with the normalised case number (full-width brackets), or a Chinese message
   */
  public static Validation validate(String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(MSG_EMPTY);
    }
    String candidate = normalize(raw);
    Matcher m = SHAPE.matcher(candidate);
    if (!m.matches()) {
      return Validation.invalid(MSG_FORMAT);
    }
    int year = Integer.parseInt(m.group("year"));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Validation.invalid(MSG_YEAR);
    }
    String province = m.group("province");
    if (province != null && !PROVINCE_ABBREVIATIONS.contains(province)) {
      return Validation.invalid(MSG_PROVINCE);
    }
    if (m.group("sequence").charAt(0) == '0') {
      return Validation.invalid(MSG_SEQUENCE);
    }
    return Validation.ok(candidate);
  }

  /**
   * Parses {@code raw} into a case number.
   *
   * @throws IllegalArgumentException with the Chinese validation message if {@code raw} is invalid
   */
  public static CaseNumber parse(String raw) {
    String normalized = validate(raw).orThrow().normalized();
    Matcher m = SHAPE.matcher(normalized);
    if (!m.matches()) {
      throw new IllegalStateException("validated case number no longer matches: " + normalized);
    }
    return new CaseNumber(
        normalized,
        Integer.parseInt(m.group("year")),
        m.group("designator"),
        m.group("type"),
        Integer.parseInt(m.group("sequence")));
  }

  /** Strips surrounding whitespace and turns half-width brackets into full-width ones. */
  private static String normalize(String raw) {
    return raw.strip().replace('(', '（').replace(')', '）');
  }

  /** The normalised case number, with full-width brackets. */
  public String value() {
    return value;
  }

  /** The year the case was filed (收案年度). */
  public int year() {
    return year;
  }

  /** The court designator (法院代字), e.g. {@code 粤0305} or {@code 最高法}. */
  public String designator() {
    return designator;
  }

  /** The case-type code (类型代字), e.g. {@code 执} or {@code 执恢}. */
  public String caseType() {
    return caseType;
  }

  /** The case sequence number (案件编号). */
  public int sequence() {
    return sequence;
  }

  /** Whether this is an enforcement case, i.e. the case type starts with 执. */
  public boolean isEnforcement() {
    return caseType.startsWith("执");
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CaseNumber other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
