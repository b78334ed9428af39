package cn.court.crossexec.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

  private static final String FORMAT_MESSAGE = "案号格式不正确，应如（2024）粤0305执1234号";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          （2024）粤0305执1234号  | （2024）粤0305执1234号 | 2024 | 粤0305 | 执   | 1234   | true
          (2024)粤0305执1234号    | （2024）粤0305执1234号 | 2024 | 粤0305 | 执   | 1234   | true
          (2024）粤0305执1234号   | （2024）粤0305执1234号 | 2024 | 粤0305 | 执   | 1234   | true
          （2023）京01执恢56号     | （2023）京01执恢56号    | 2023 | 京01   | 执恢 | 56     | true
          (2022)沪0115执异7号      | （2022）沪0115执异7号   | 2022 | 沪0115 | 执异 | 7      | true
          （2021）浙执复88号       | （2021）浙执复88号      | 2021 | 浙     | 执复 | 88     | true
          （2020）最高法执监100号   | （2020）最高法执监100号 | 2020 | 最高法 | 执监 | 100    | true
          (2019)最高法民终1号      | （2019）最高法民终1号   | 2019 | 最高法 | 民终 | 1      | false
          （2024）兵0102执协3号     | （2024）兵0102执协3号   | 2024 | 兵0102 | 执协 | 3      | true
          （2024）新01执保20号      | （2024）新01执保20号    | 2024 | 新01   | 执保 | 20     | true
          （2015）苏0102民初12345号 | （2015）苏0102民初12345号 | 2015 | 苏0102 | 民初 | 12345 | false
          （2016）川刑初9号         | （2016）川刑初9号       | 2016 | 川     | 刑初 | 9      | false
          （1990）藏0102民初1号     | （1990）藏0102民初1号   | 1990 | 藏0102 | 民初 | 1      | false
          （2100）琼72民初10号      | （2100）琼72民初10号    | 2100 | 琼72   | 民初 | 10     | false
          （2024）粤0305执999999999号 | （2024）粤0305执999999999号 | 2024 | 粤0305 | 执 | 999999999 | true
          """)
  void parsesValidCaseNumbers(
      String raw,
      String normalized,
      int year,
      String designator,
      String caseType,
      int sequence,
      boolean enforcement) {
    Validation result = CaseNumber.validate(raw);
    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo(normalized);
    assertThat(result.message()).isNull();

    CaseNumber number = CaseNumber.parse(raw);
    assertThat(number.value()).isEqualTo(normalized);
    assertThat(number.year()).isEqualTo(year);
    assertThat(number.designator()).isEqualTo(designator);
    assertThat(number.caseType()).isEqualTo(caseType);
    assertThat(number.sequence()).isEqualTo(sequence);
    assertThat(number.isEnforcement()).isEqualTo(enforcement);
    assertThat(number).hasToString(normalized);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫",
        "鄂", "湘", "粤", "桂", "琼", "渝", "川", "贵", "云", "藏", "陕", "甘", "青", "宁", "新", "兵"
      })
  void acceptsEveryProvinceAbbreviationAtEveryCourtLevel(String province) {
    assertThat(CaseNumber.validate("（2024）" + province + "执1号").valid()).isTrue();
    assertThat(CaseNumber.validate("（2024）" + province + "01执1号").valid()).isTrue();
    assertThat(CaseNumber.validate("（2024）" + province + "0101执1号").valid()).isTrue();
  }

  @Test
  void stripsSurroundingWhitespaceIncludingIdeographicSpace() {
    assertThat(CaseNumber.validate("  \u3000(2024)粤0305执1234号\n").normalized())
        .isEqualTo("（2024）粤0305执1234号");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\u3000"})
  void rejectsMissingInput(String raw) {
    assertThat(CaseNumber.validate(raw)).isEqualTo(Validation.invalid("案号不能为空"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "（2024）粤0305执1234", // missing 号
        "2024粤0305执1234号", // missing brackets
        "【2024】粤0305执1234号", // wrong bracket kind
        "（24）粤0305执1234号", // two-digit year
        "（20245）粤0305执1234号", // five-digit year
        "（2024）粤030执1234号", // three-digit court number
        "（2024）粤03051执1234号", // five-digit court number
        "（2024）0305执1234号", // designator without province
        "（2024）粤0305号", // missing case type and sequence
        "（2024）粤03051234号", // missing case type
        "（2024）粤0305执号", // missing sequence
        "（2024）GD0305执1234号", // Latin letters as province
        "（2024）粤0305ZX1234号", // Latin letters as case type
        "（2024）粤0305执A1234号", // letter in sequence
        "（2024）粤0305执1234A号", // letter in sequence
        "（2024） 粤0305执1234号", // inner whitespace
        "（2024）粤0305执1234号号", // trailing garbage
        "（２０２４）粤0305执1234号", // full-width digits
        "（2024）粤0305执1234567890号", // sequence longer than 9 digits
        "粤0305执1234号（2024）"
      })
  void rejectsMalformedCaseNumbers(String raw) {
    Validation result = CaseNumber.validate(raw);

    assertThat(result.valid()).isFalse();
    assertThat(result.normalized()).isNull();
    assertThat(result.message()).isEqualTo(FORMAT_MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1989", "0000", "2101", "9999"})
  void rejectsYearsOutsideTheSupportedRange(String year) {
    assertThat(CaseNumber.validate("（" + year + "）粤0305执1234号").message())
        .isEqualTo("案号中的年度应在1990至2100之间");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "（2024）港01执1号", // Hong Kong is not a mainland court
        "（2024）台执1号",
        "（2024）广0305执1号", // not the official abbreviation of Guangdong
        "（2024）最高执1号", // SPC designator misspelt
        "（2024）高法执1号"
      })
  void rejectsUnknownProvinceAbbreviation(String raw) {
    assertThat(CaseNumber.validate(raw).message())
        .isEqualTo("案号中的法院代字不正确，应以省级行政区简称（如粤）或“最高法”开头");
  }

  @ParameterizedTest
  @ValueSource(strings = {"（2024）粤0305执0号", "（2024）粤0305执01234号", "(2024)最高法民终007号"})
  void rejectsSequenceWithLeadingZero(String raw) {
    assertThat(CaseNumber.validate(raw).message()).isEqualTo("案号中的案件编号不能以0开头");
  }

  static Stream<Arguments> invalidInputsWithMessages() {
    return Stream.of(
        Arguments.of(null, "案号不能为空"),
        Arguments.of("（2024）粤0305执1234", FORMAT_MESSAGE),
        Arguments.of("（1989）粤0305执1234号", "案号中的年度应在1990至2100之间"),
        Arguments.of("（2024）港01执1号", "案号中的法院代字不正确，应以省级行政区简称（如粤）或“最高法”开头"),
        Arguments.of("（2024）粤0305执0号", "案号中的案件编号不能以0开头"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputsWithMessages")
  void parseThrowsWithTheValidationMessage(String raw, String message) {
    assertThatThrownBy(() -> CaseNumber.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void equalityIsByNormalisedValue() {
    CaseNumber fullWidth = CaseNumber.parse("（2024）粤0305执1234号");
    CaseNumber halfWidth = CaseNumber.parse(" (2024)粤0305执1234号 ");

    assertThat(fullWidth).isEqualTo(halfWidth).hasSameHashCodeAs(halfWidth);
    assertThat(fullWidth).isNotEqualTo(CaseNumber.parse("（2024）粤0305执恢1234号"));
  }
}
