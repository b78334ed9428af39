package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnforcementNumbersTest {

  @Test
  void theDefaultPatternGivesTheCourtsForm() {
    assertThat(EnforcementNumbers.format("（{year}）{designator}执{seq}号", 2026, "粤0303", 1234))
        .isEqualTo("（2026）粤0303执1234号");
  }
}
