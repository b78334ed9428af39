package cn.court.crossexec.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  /**
   * Independent ISO 7064 MOD 11-2 implementation used to build valid test numbers: weight of
   * position i is 2^(17-i) mod 11 and the check value is (12 - sum mod 11) mod 11, 10 written as
   * X. This is the textbook form of the algorithm, deliberately not the lookup table used by the
   * production code.
   */
  static String withCheckDigit(String first17) {
    assertThat(first17).hasSize(17).containsOnlyDigits();
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? "X" : String.valueOf(check));
  }

  /** Replaces the check character of a valid number by a different, wrong one. */
  private static String withWrongCheckDigit(String valid) {
    char right = valid.charAt(17);
    char wrong = right == '1' ? '2' : '1';
    return valid.substring(0, 17) + wrong;
  }

  @Test
  void helperAgreesWithHandVerifiedSamples() {
    // 11010519491231002X: weighted sum 167, 167 mod 11 = 2 -> 'X' (worked by hand).
    assertThat(withCheckDigit("11010519491231002")).isEqualTo("11010519491231002X");
    // 440524188001010014: weighted sum 195, 195 mod 11 = 8 -> '4' (worked by hand).
    assertThat(withCheckDigit("44052418800101001")).isEqualTo("440524188001010014");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X", // well-known sample, check character X
        "110101200001010010", // check digit 0
        "440305199003071236",
        "320106201202294561", // born on a leap day
        "110105194912310003"
      })
  void acceptsValidNumbers(String number) {
    Validation result = ResidentIdNumber.validate(number, TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo(number);
    assertThat(result.message()).isNull();
  }

  static Stream<String> computedValidNumbers() {
    return Stream.of(
            "11010519491231002", // Beijing, 1949-12-31
            "31011519800101123", // Shanghai
            "44030520000229001", // Shenzhen, leap day 2000
            "65010219000101987", // earliest accepted birth date
            "51010720250615002", // born "today"
            "33010619881111111",
            "42010219701031555")
        .map(ResidentIdNumberTest::withCheckDigit);
  }

  @ParameterizedTest
  @MethodSource("computedValidNumbers")
  void acceptsNumbersWithComputedCheckDigit(String number) {
    assertThat(ResidentIdNumber.validate(number, TODAY).valid()).isTrue();
    assertThat(ResidentIdNumber.parse(number, TODAY).value()).isEqualTo(number);
  }

  @ParameterizedTest
  @MethodSource("computedValidNumbers")
  void rejectsComputedNumbersWithAlteredCheckDigit(String number) {
    Validation result = ResidentIdNumber.validate(withWrongCheckDigit(number), TODAY);

    assertThat(result.valid()).isFalse();
    assertThat(result.message()).isEqualTo("身份证号码校验位不正确");
  }

  @Test
  void productionCheckCharacterMatchesIndependentImplementationForManyNumbers() {
    for (int i = 0; i < 2_000; i++) {
      String first17 = String.format("%06d%s%03d", 110000 + i * 37, "19850607", i % 1000);
      String expected = withCheckDigit(first17);
      assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(expected.charAt(17));
    }
  }

  @Test
  void normalisesLowerCaseXAndSurroundingWhitespace() {
    Validation result = ResidentIdNumber.validate("  11010519491231002x\t", TODAY);

    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo("11010519491231002X");
    assertThat(ResidentIdNumber.parse("11010519491231002x", TODAY).value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void parseExposesBirthDateSexAndAddressCode() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.isMale()).isFalse(); // 17th character '2' is even
  }

  @ParameterizedTest
  @ValueSource(chars = {'1', '3', '5', '7', '9'})
  void oddSeventeenthCharacterMeansMale(char seventeenth) {
    String number = withCheckDigit("4403051990030712" + seventeenth);
    assertThat(ResidentIdNumber.parse(number, TODAY).isMale()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {'0', '2', '4', '6', '8'})
  void evenSeventeenthCharacterMeansFemale(char seventeenth) {
    String number = withCheckDigit("4403051990030712" + seventeenth);
    assertThat(ResidentIdNumber.parse(number, TODAY).isMale()).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void rejectsMissingInput(String raw) {
    assertThat(ResidentIdNumber.validate(raw, TODAY))
        .isEqualTo(Validation.invalid("身份证号码不能为空"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002", // 17 characters
        "11010519491231002X1", // 19 characters
        "110105491231002", // old 15-digit format
        "1101051949 1231002X" // inner blank
      })
  void rejectsWrongLength(String raw) {
    Validation result = ResidentIdNumber.validate(raw, TODAY);

    assertThat(result.valid()).isFalse();
    assertThat(result.normalized()).isNull();
    assertThat(result.message()).isEqualTo("身份证号码应为18位");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1101051949123100AX", // letter in the body
        "X10105194912310023", // X in first position
        "11010519491231002Y", // invalid check letter
        "１１０１０５１９４９１２３１００２Ｘ", // full-width digits
        "110105-949123100-X"
      })
  void rejectsIllegalCharacters(String raw) {
    assertThat(ResidentIdNumber.validate(raw, TODAY).message())
        .isEqualTo("身份证号码前17位应为数字，最后一位应为数字或X");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "44030520230230001", // 30 February
        "44030519990229001", // 29 February in a non-leap year
        "44030519001301001", // month 13
        "44030519900001001", // month 00
        "44030519900100001", // day 00
        "44030519900431001", // 31 April
        "44030519001232001" // day 32
      })
  void rejectsImpossibleBirthDatesEvenWithCorrectCheckDigit(String first17) {
    Validation result = ResidentIdNumber.validate(withCheckDigit(first17), TODAY);

    assertThat(result.valid()).isFalse();
    assertThat(result.message()).isEqualTo("身份证号码中的出生日期无效");
  }

  @Test
  void rejectsBirthDateAfterToday() {
    String bornTomorrow = withCheckDigit("51010720250616002");

    assertThat(ResidentIdNumber.validate(bornTomorrow, TODAY).message())
        .isEqualTo("身份证号码中的出生日期不能晚于当前日期");
    // The same number becomes valid once that day has come.
    assertThat(ResidentIdNumber.validate(bornTomorrow, TODAY.plusDays(1)).valid()).isTrue();
  }

  @Test
  void rejectsBirthDateBefore1900() {
    // 440524188001010014 has a correct check digit but a birth date of 1880-01-01.
    assertThat(ResidentIdNumber.validate("440524188001010014", TODAY).message())
        .isEqualTo("身份证号码中的出生日期不能早于1900年1月1日");
    assertThat(ResidentIdNumber.validate(withCheckDigit("65010218991231987"), TODAY).message())
        .isEqualTo("身份证号码中的出生日期不能早于1900年1月1日");
    // Year 0000 is a real (proleptic) calendar year, so it is caught by the lower bound.
    assertThat(ResidentIdNumber.validate(withCheckDigit("44030500000101001"), TODAY).message())
        .isEqualTo("身份证号码中的出生日期不能早于1900年1月1日");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // sample with X replaced by 1
        "11010519481231002X", // birth year altered, check character kept
        "110105194912310020"
      })
  void rejectsWrongCheckDigit(String raw) {
    assertThat(ResidentIdNumber.validate(raw, TODAY).message()).isEqualTo("身份证号码校验位不正确");
  }

  static Stream<Arguments> invalidInputsWithMessages() {
    return Stream.of(
        Arguments.of("123", "身份证号码应为18位"),
        Arguments.of("110105194912310021", "身份证号码校验位不正确"),
        Arguments.of(withCheckDigit("44030520230230001"), "身份证号码中的出生日期无效"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputsWithMessages")
  void parseThrowsWithTheValidationMessage(String raw, String message) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(raw, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void requiresReferenceDate() {
    assertThatNullPointerException()
        .isThrownBy(() -> ResidentIdNumber.validate("11010519491231002X", null));
  }

  @Test
  void equalityIsByNormalisedValueAndToStringMasksBirthDate() {
    ResidentIdNumber upper = ResidentIdNumber.parse("11010519491231002X", TODAY);
    ResidentIdNumber lower = ResidentIdNumber.parse(" 11010519491231002x ", TODAY);

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper).isNotEqualTo(ResidentIdNumber.parse("110105194912310003", TODAY));
    assertThat(upper.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
  }
}
