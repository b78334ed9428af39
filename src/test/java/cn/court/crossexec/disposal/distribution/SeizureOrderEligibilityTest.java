package cn.court.crossexec.disposal.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.OpenCaseCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 民诉法解释第五百一十四条: the order of seizure only for a corporate debtor (a unified social credit code). */
class SeizureOrderEligibilityTest {

  @ParameterizedTest(name = "{0} {1}: corporate {2}")
  @CsvSource({
      "ENTERPRISE, 91440300MA5XXXXX1K, true",
      "ENTERPRISE, 91350100M000100Y43, true",
      "PERSON,     11010519491231002X, false",
      "PERSON,     91440300MA5XXXXX1K, false",
      "ENTERPRISE, 11010519491231002X, false", // a citizen ID number is no credit code
      "ENTERPRISE, 12345,              false",
  })
  void theOrderOfSeizureOnlyForACorporateDebtor(String type, String idNumber, boolean corporate) {
    assertThat(SeizureOrderEligibility.corporate(new OpenCaseCommand.Party("DEBTOR", "某", type, idNumber)))
        .isEqualTo(corporate);
  }
}
