package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurePeriodsTest {

  @Test
  void defaultsAreTheLegalMaximaAndThirtyDaysNotice() {
    MeasurePeriods periods = new MeasurePeriods(null, 0);
    assertThat(periods.of(AssetType.DEPOSIT)).isEqualTo(Period.ofYears(1));
    assertThat(periods.of(AssetType.MOVABLE)).isEqualTo(Period.ofYears(2));
    assertThat(periods.of(AssetType.REAL_ESTATE)).isEqualTo(Period.ofYears(3));
    assertThat(periods.of(AssetType.OTHER_RIGHT)).isEqualTo(Period.ofYears(3));
    assertThat(periods.renewalReminderDays()).isEqualTo(30);
  }

  @Test
  void aShorterPeriodIsAllowedALongerOneRefusesToStart() {
    assertThat(new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.ofMonths(6)), 30).of(AssetType.DEPOSIT))
        .isEqualTo(Period.ofMonths(6));
    assertThatThrownBy(() -> new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.ofMonths(13)), 30))
        .hasMessageContaining("DEPOSIT");
  }

  @Test
  void theBoundIsCheckedByEndDatesSoAPeriodInDaysLongerThanTheMaximumIsRefused() {
    assertThatThrownBy(() -> new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.ofDays(400)), 30))
        .hasMessageContaining("DEPOSIT");
    assertThatThrownBy(() -> new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.of(1, 0, 1)), 30))
        .hasMessageContaining("DEPOSIT");
    assertThatThrownBy(() -> new MeasurePeriods(Map.of(AssetType.MOVABLE, Period.ofDays(731)), 30))
        .hasMessageContaining("MOVABLE");
    assertThat(new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.ofDays(365)), 30).of(AssetType.DEPOSIT))
        .isEqualTo(Period.ofDays(365));
    assertThat(new MeasurePeriods(Map.of(AssetType.DEPOSIT, Period.of(0, 11, 28)), 30).of(AssetType.DEPOSIT))
        .isEqualTo(Period.of(0, 11, 28));
  }

  @Test
  void eachAssetTypeAllowsOnlyItsMeasures() {
    assertThat(AssetType.DEPOSIT.allows(MeasureKind.FREEZE)).isTrue();
    assertThat(AssetType.DEPOSIT.allows(MeasureKind.SEAL)).isFalse();
    assertThat(AssetType.REAL_ESTATE.allows(MeasureKind.SEAL)).isTrue();
    assertThat(AssetType.MOVABLE.allows(MeasureKind.SEIZE)).isTrue();
  }
}
