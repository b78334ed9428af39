package cn.court.crossexec.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The auction's price, deposit and notice rules at their boundaries, to the fen. */
class AuctionRulesTest {

  /** The law's own limits: 70 %, 20 % cut, deposit 5–20 %, notice 15/30 and 7/15 days. */
  private final AuctionRules rules = new AuctionRules(new DisposalProperties(
      null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));

  @ParameterizedTest(name = "70 % of {0} fen is at least {1} fen")
  @CsvSource({
      "100000000, 70000000",
      "1001,      701",      // 700.7 rounds up: 700 fen would be below 70 %
      "1000,      700",
      "1,         1",
      "3,         3",        // 2.1 rounds up
      "999999999999, 700000000000", // 699999999999.3 rounds up
  })
  void firstStartingPriceIsSeventyPercentRoundedUp(long reference, long expected) {
    assertThat(rules.minFirstStartingPrice(reference)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "cut of at most 20 % from {0} fen: at least {1} fen")
  @CsvSource({
      "1000000, 800000",
      "1003,    803",    // 802.4 rounds up
      "1005,    804",
      "1,       1",
  })
  void reauctionStartingPriceIsCutByAtMostTwentyPercentRoundedUp(long previous, long expected) {
    assertThat(rules.minReauctionStartingPrice(previous)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} % of {0} fen = {2} fen")
  @CsvSource({
      "1000000, 5,    50000",
      "1000000, 20,   200000",
      "12345,   5,    618",    // 617.25: a lawful 5 % is never below the minimum, rounded up
      "70000001, 5,   3500001", // 3,500,000.05: not 3,500,000 fen (4.9999999 %)
      "70000001, 20,  14000000", // 14,000,000.2
      "99,      20,   19",     // 19.8 would round up to 20, above the maximum (rounded down)
      "12345,   4.99, 616",    // below the bounds: rounded half up only, the plan check refuses it
      "12350,   5,    618",    // 617.5 rounds half up to 618
      "999,     12.5, 125",    // 124.875
  })
  void aDepositOfALawfulPercentageIsRoundedHalfUpButNeverOutsideTheBoundsInFen(long starting, BigDecimal percent, long expected) {
    assertThat(rules.depositFen(starting, percent)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "start {0} fen: deposit {1} to {2} fen")
  @CsvSource({"70000001, 3500001, 14000000", "99, 5, 19", "100, 5, 20", "1, 1, 0"})
  void theDepositBoundsInFenAreTheMinimumRoundedUpAndTheMaximumRoundedDown(long starting, long min, long max) {
    assertThat(rules.minDepositFen(starting)).isEqualTo(min);
    assertThat(rules.maxDepositFen(starting)).isEqualTo(max);
  }

  @ParameterizedTest(name = "{0}, re-auction {1}: {2} days")
  @CsvSource({
      "MOVABLE,   false, 15",
      "IMMOVABLE, false, 30",
      "MOVABLE,   true,  7",
      "IMMOVABLE, true,  15",
  })
  void noticePeriodByAssetClassAndRound(AssetClass assetClass, boolean reauction, int days) {
    assertThat(rules.noticePeriod(assetClass, reauction)).isEqualTo(Period.ofDays(days));
  }

  @Test
  void aDepositIsNeverAuctioned() {
    assertThatThrownBy(() -> rules.noticePeriod(AssetClass.DEPOSIT, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "round {0}, after default {1}: reference {2}, previous {3}, start {4}, deposit {5} % -> {6}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // round 1: at least 70 % of the reference price, to the fen
      "1 | false | 100000000 | null     | 70000000 | 5     | ",
      "1 | false | 100000000 | null     | 69999999 | 5     | 起拍价不得低于参考价的70%（最低 700,000.00 元）",
      "1 | false | 1001      | null     | 700      | 10    | 起拍价不得低于参考价的70%（最低 7.01 元）",
      "1 | false | 1001      | null     | 701      | 10    | ",
      "1 | false | 100000000 | null     | 0        | 5     | 起拍价应大于零",
      // a re-auction after a default in round 1 keeps round 1's minimum
      "1 | true  | 100000000 | null     | 70000000 | 5     | ",
      "1 | true  | 100000000 | null     | 69999999 | 5     | 悔拍后重新拍卖的起拍价不得低于本轮拍卖的最低起拍价（最低 700,000.00 元）",
      // round 2: at most 20 % below round 1's starting price, whatever the reference price
      "2 | false | 100000000 | 70000000 | 56000000 | 5     | ",
      "2 | false | 100000000 | 70000000 | 55999999 | 5     | 再次拍卖的起拍价降价幅度不得超过前次起拍价的20%（最低 560,000.00 元）",
      "2 | false | 100000000 | 1003     | 802      | 5     | 再次拍卖的起拍价降价幅度不得超过前次起拍价的20%（最低 8.03 元）",
      // a re-auction after a default in round 2: no second cut
      "2 | true  | 100000000 | 70000000 | 56000000 | 5     | ",
      "2 | true  | 100000000 | 70000000 | 44800000 | 5     | 悔拍后重新拍卖的起拍价不得低于本轮拍卖的最低起拍价（最低 560,000.00 元）",
      // deposit 5–20 % of the starting price
      "1 | false | 100000000 | null     | 70000000 | 20    | ",
      "1 | false | 100000000 | null     | 70000000 | 4.99  | 保证金应为起拍价的5%至20%（即 35,000.00 元至 140,000.00 元，按比例计算为 34,930.00 元）",
      "1 | false | 100000000 | null     | 70000000 | 20.01 | 保证金应为起拍价的5%至20%（即 35,000.00 元至 140,000.00 元，按比例计算为 140,070.00 元）",
      // the AMOUNT in fen is checked: the minimum rounded up, the maximum rounded down
      "1 | false | 100000000 | null     | 70000001 | 5     | ",
      "1 | false | 100000000 | null     | 70000001 | 4.9999999 | 保证金应为起拍价的5%至20%（即 35,000.01 元至 140,000.00 元，按比例计算为 35,000.00 元）",
      "1 | false | 100000000 | null     | 70000000 | null  | 请填写保证金比例（起拍价的5%至20%）",
      "1 | false | 100000000 | null     | 0        | 30    | 起拍价应大于零；保证金应为起拍价的5%至20%",
  })
  void planIsCheckedAgainstEveryRule(int round, boolean afterDefault, long reference, Long previous, long starting,
      BigDecimal depositPercent, String problems) {
    AuctionPlan plan = new AuctionPlan(round, afterDefault, reference, previous, starting, depositPercent);
    assertThat(String.join("；", rules.checkPlan(plan))).isEqualTo(problems == null ? "" : problems);
  }

  @Test
  void aStricterConfigurationIsWhatTheOfficerIsHeldTo() {
    AuctionRules strict = new AuctionRules(new DisposalProperties(null, null, null, new BigDecimal("0.80"), null, null,
        new BigDecimal("0.10"), new BigDecimal("0.15"), null, null, new BigDecimal("0.10"), null, null, null, null));
    assertThat(strict.checkPlan(new AuctionPlan(1, false, 1000, null, 799, new BigDecimal("10"))))
        .containsExactly("起拍价不得低于参考价的80%（最低 8.00 元）");
    assertThat(strict.checkPlan(new AuctionPlan(2, false, 1000, 800L, 719, new BigDecimal("16"))))
        .containsExactly("再次拍卖的起拍价降价幅度不得超过前次起拍价的10%（最低 7.20 元）",
            "保证金应为起拍价的10%至15%（即 0.72 元至 1.07 元，按比例计算为 1.15 元）");
  }

  @Test
  void aPlanThatCannotBeJudgedIsTheCallersFault() {
    assertThatThrownBy(() -> rules.checkPlan(new AuctionPlan(2, false, 1000, null, 800, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.checkPlan(new AuctionPlan(3, false, 1000, 800L, 800, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.checkPlan(new AuctionPlan(1, false, 0, null, 800, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} fen = {1}")
  @CsvSource({"123456, 1234.56", "5, 0.05", "0, 0.00", "-150, -1.50", "70000000, 700000.00"})
  void yuanIsPlainWithTwoDecimals(long fen, String yuan) {
    assertThat(cn.court.crossexec.platform.Money.plainYuan(fen)).isEqualTo(yuan);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"DEPOSIT, DEPOSIT", "MOVABLE, MOVABLE", "REAL_ESTATE, IMMOVABLE", "OTHER_RIGHT, IMMOVABLE"})
  void assetTypesMapToTheirClass(String assetType, AssetClass expected) {
    assertThat(AssetClass.of(assetType)).isEqualTo(expected);
  }

  @Test
  void classLabelsAreChineseAndUnknownTypesRefused() {
    assertThat(AssetClass.IMMOVABLE.label()).isEqualTo("不动产和其他财产权");
    assertThat(AssetClass.MOVABLE.label()).isEqualTo("动产");
    assertThatThrownBy(() -> AssetClass.of("SHIP")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssetClass.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
