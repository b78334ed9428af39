package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulatedAssetInquiryGatewayTest {

  private static AssetInquiryRequest request(String debtorId) {
    return new AssetInquiryRequest("inq-1", "case-1", "深圳某某实业有限公司", debtorId, EnumSet.allOf(AssetSource.class));
  }

  @ParameterizedTest
  @EnumSource(AssetSource.class)
  void sameDebtorAlwaysGetsTheSameAnswer(AssetSource source) {
    var first = SimulatedAssetInquiryGateway.answerFor(request("91350100M000100Y43"), source, false);
    var again = SimulatedAssetInquiryGateway.answerFor(request("91350100M000100Y43"), source, false);
    assertThat(again).isEqualTo(first);
    assertThat(first.source()).isEqualTo(source);
    assertThat(first.outcome()).isIn(AssetInquiryAnswer.Outcome.FOUND, AssetInquiryAnswer.Outcome.NONE);
    if (first.outcome() == AssetInquiryAnswer.Outcome.FOUND) {
      assertThat(first.findings()).isNotEmpty().allSatisfy(f -> {
        assertThat(f.assetType()).isEqualTo(source);
        assertThat(f.valueFen()).isPositive();
        assertThat(f.description()).isNotBlank();
      });
    } else {
      assertThat(first.findings()).isEmpty();
    }
  }

  @Test
  void differentDebtorsGetDifferentAnswersAndBothOutcomesOccur() {
    Set<String> outcomes = new java.util.HashSet<>();
    Set<Long> values = new java.util.HashSet<>();
    IntStream.range(0, 40).forEach(i -> {
      var answer = SimulatedAssetInquiryGateway.answerFor(request("debtor-" + i), AssetSource.BANK, false);
      outcomes.add(answer.outcome().name());
      answer.findingsOrEmpty().forEach(f -> values.add(f.valueFen()));
    });
    assertThat(outcomes).containsExactlyInAnyOrder("FOUND", "NONE");
    assertThat(values).hasSizeGreaterThan(5);
  }

  @Test
  void aFailingSourceAnswersFailed() {
    var answer = SimulatedAssetInquiryGateway.answerFor(request("91350100M000100Y43"), AssetSource.VEHICLE, true);
    assertThat(answer.outcome()).isEqualTo(AssetInquiryAnswer.Outcome.FAILED);
    assertThat(answer.message()).contains("车辆");
  }
}
