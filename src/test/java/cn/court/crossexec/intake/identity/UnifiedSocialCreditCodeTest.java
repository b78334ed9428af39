package cn.court.crossexec.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * Independent check-character computation used to build valid test codes: the weight of
   * position i is 3^i mod 31 (computed, not tabulated) and the check value is
   * (31 - sum mod 31) mod 31.
   */
  static String withCheckCharacter(String first17) {
    assertThat(first17).hasSize(17);
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      int value = CHARSET.indexOf(first17.charAt(i));
      assertThat(value).as("character %s", first17.charAt(i)).isNotNegative();
      sum += value * weight;
      weight = weight * 3 % 31;
    }
    return first17 + CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** Replaces the check character of a valid code by a different, wrong one. */
  private static String withWrongCheckCharacter(String valid) {
    char right = valid.charAt(17);
    char wrong = right == 'A' ? 'B' : 'A';
    return valid.substring(0, 17) + wrong;
  }

  @Test
  void helperAgreesWithHandVerifiedSample() {
    // 91350100M000100Y43: values 9 1 3 5 0 1 0 0 21 0 0 0 1 0 0 30 4, weighted sum 1640,
    // 1640 mod 31 = 28, 31 - 28 = 3 -> '3' (worked by hand).
    assertThat(withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43", // commonly cited example, verified above
      })
  void acceptsKnownValidCodes(String code) {
    Validation result = UnifiedSocialCreditCode.validate(code);

    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo(code);
    assertThat(result.message()).isNull();
  }

  static Stream<String> computedValidCodes() {
    return Stream.of(
            "91110000100003907", // enterprise, Beijing
            "91440300MA5DDL7G2", // enterprise, Shenzhen, letters in organisation code
            "12100000400000624", // public institution
            "52310000MJ4985613", // social organisation under civil affairs
            "92330106MA2CFW3X0", // individual business
            "Y1110000XYWUTRQPN", // all kinds of letters in the organisation code
            "00000000000000000")
        .map(UnifiedSocialCreditCodeTest::withCheckCharacter);
  }

  @ParameterizedTest
  @MethodSource("computedValidCodes")
  void acceptsCodesWithComputedCheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.validate(code).valid()).isTrue();
    assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @MethodSource("computedValidCodes")
  void rejectsComputedCodesWithAlteredCheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.validate(withWrongCheckCharacter(code)).message())
        .isEqualTo("统一社会信用代码校验位不正确");
  }

  @Test
  void coversEveryPossibleCheckCharacterIncludingZero() {
    // Vary the last body character until each of the 31 check values has been produced once.
    java.util.Set<Character> seen = new java.util.HashSet<>();
    for (int i = 0; i < CHARSET.length(); i++) {
      for (int j = 0; j < CHARSET.length(); j++) {
        String code = withCheckCharacter("913101150000000" + CHARSET.charAt(i) + CHARSET.charAt(j));
        assertThat(UnifiedSocialCreditCode.checkCharacter(code)).isEqualTo(code.charAt(17));
        assertThat(UnifiedSocialCreditCode.validate(code).valid()).isTrue();
        seen.add(code.charAt(17));
      }
    }
    assertThat(seen).hasSize(31).contains('0');
  }

  @Test
  void normalisesToUpperCaseAndStripsWhitespace() {
    Validation result = UnifiedSocialCreditCode.validate("  91350100m000100y43\n");

    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void parseExposesTheParts() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");

    assertThat(code.value()).isEqualTo("91350100M000100Y43");
    assertThat(code.registrationAuthorityCode()).isEqualTo('9');
    assertThat(code.organisationTypeCode()).isEqualTo('1');
    assertThat(code.administrativeDivisionCode()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    assertThat(code).hasToString("91350100M000100Y43");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u3000"})
  void rejectsMissingInput(String raw) {
    assertThat(UnifiedSocialCreditCode.validate(raw))
        .isEqualTo(Validation.invalid("统一社会信用代码不能为空"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y4", // 17 characters
        "91350100M000100Y433", // 19 characters
        "M0001004-3", // old organisation code
        "350100400001234" // old 15-digit business registration number
      })
  void rejectsWrongLength(String raw) {
    assertThat(UnifiedSocialCreditCode.validate(raw).message()).isEqualTo("统一社会信用代码应为18位");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100I000100Y43", // I is excluded
        "91350100O000100Y43", // O is excluded
        "91350100Z000100Y43", // Z is excluded
        "91350100S000100Y43", // S is excluded
        "91350100V000100Y43", // V is excluded
        "91350100M000100Y4-",
        "9135 100M000100Y43",
        "91350100M000100Y4中"
      })
  void rejectsIllegalCharacters(String raw) {
    assertThat(UnifiedSocialCreditCode.validate(raw).message()).isEqualTo("统一社会信用代码含有非法字符");
  }

  @ParameterizedTest
  @ValueSource(strings = {"91A50100M000100Y4", "91350A00M000100Y4", "9135010XM000100Y4"})
  void rejectsLettersInTheAdministrativeDivisionCode(String first17) {
    // Correct check character, so only the division-code rule can reject it.
    assertThat(UnifiedSocialCreditCode.validate(withCheckCharacter(first17)).message())
        .isEqualTo("统一社会信用代码第3至8位（行政区划码）应为数字");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y44",
        "91350100M000100Y40",
        "91350100M000100Y4A",
        "91350100M000101Y43", // one body character changed
        "19350100M000100Y43" // two body characters swapped
      })
  void rejectsWrongCheckCharacter(String raw) {
    assertThat(UnifiedSocialCreditCode.validate(raw).message()).isEqualTo("统一社会信用代码校验位不正确");
  }

  static Stream<Arguments> invalidInputsWithMessages() {
    return Stream.of(
        Arguments.of(null, "统一社会信用代码不能为空"),
        Arguments.of("123", "统一社会信用代码应为18位"),
        Arguments.of("91350100I000100Y43", "统一社会信用代码含有非法字符"),
        Arguments.of("91350100M000100Y44", "统一社会信用代码校验位不正确"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputsWithMessages")
  void parseThrowsWithTheValidationMessage(String raw, String message) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void equalityIsByNormalisedValue() {
    UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse(" 91350100m000100y43 ");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(UnifiedSocialCreditCode.parse(withCheckCharacter("91110000100003907")));
  }
}
