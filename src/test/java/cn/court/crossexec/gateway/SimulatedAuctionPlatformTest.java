package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.gateway.AuctionResult.Outcome;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulatedAuctionPlatformTest {

  private static final String HOUSE = "粤(2024)深圳市不动产权第0000001号";
  private static final OffsetDateTime STARTS = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static AuctionListing listing(String assetKey, int sequence, List<String> barred) {
    return new AuctionListing("auc-" + sequence, "case-1", "disp-1", AuctionListing.Kind.AUCTION, sequence, sequence, assetKey,
        "住宅一套，建筑面积 89 平方米", "REAL_ESTATE", 245_000_000L, 24_500_000L, STARTS, STARTS.plusDays(1), null, barred);
  }

  private static AuctionPlatformProperties outcomes(Map<String, List<Outcome>> outcomes) {
    return new AuctionPlatformProperties(null, null, null, Duration.ofMillis(10), outcomes);
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void theSameListingAlwaysEndsTheSameWayWithAValidResult(Outcome outcome) {
    AuctionResult first = SimulatedAuctionResults.resultFor(listing(HOUSE, 1, List.of()), outcome);
    assertThat(SimulatedAuctionResults.resultFor(listing(HOUSE, 1, List.of()), outcome)).isEqualTo(first);
    assertThat(first.auctionId()).isEqualTo("auc-1");
    assertThat(first.outcome()).isEqualTo(outcome);
    assertThat(VALIDATOR.validate(first)).isEmpty();
    assertThat(first.message()).contains("模拟");
  }

  @Test
  void aSaleIsAtTheStartingPricePlusWholeIncrementsWithOneBidPerIncrementAndAValidBuyer() {
    Set<Long> prices = new HashSet<>();
    Set<String> buyers = new HashSet<>();
    for (int sequence = 1; sequence <= 30; sequence++) {
      AuctionResult sold = SimulatedAuctionResults.resultFor(listing("asset-" + sequence, sequence, List.of()), Outcome.SOLD);
      long increments = (sold.finalPriceFen() - 245_000_000L) / 2_450_000L;
      assertThat(sold.finalPriceFen()).isGreaterThanOrEqualTo(245_000_000L);
      assertThat((sold.finalPriceFen() - 245_000_000L) % 2_450_000L).isZero();
      assertThat(sold.bids()).isEqualTo(increments + 1);
      assertThat(sold.buyerName()).isNotBlank();
      assertThat(checkCharacterIsRight(sold.buyerIdNumber())).as(sold.buyerIdNumber()).isTrue();
      prices.add(sold.finalPriceFen());
      buyers.add(sold.buyerIdNumber());
    }
    assertThat(prices).as("the seed varies the price").hasSizeGreaterThan(5);
    assertThat(buyers).as("and the buyer").hasSizeGreaterThan(20);
  }

  @Test
  void aSmallStartingPriceRisesByAtLeastOneYuanPerBid() {
    var cheap = new AuctionListing("auc-c", "case-1", "disp-2", AuctionListing.Kind.SELL_OFF, 2, 3, "粤B12345", "小型轿车",
        "MOVABLE", 5_000L, 500L, STARTS, STARTS.plusDays(60), null, List.of());
    AuctionResult sold = SimulatedAuctionResults.resultFor(cheap, Outcome.SOLD);
    assertThat(sold.finalPriceFen()).isEqualTo(5_000L + (sold.bids() - 1) * 100L);
  }

  @Test
  void aFailedListingHasNoBidsNoPriceAndNoBuyer() {
    AuctionResult failed = SimulatedAuctionResults.resultFor(listing(HOUSE, 1, List.of()), Outcome.FAILED);
    assertThat(failed.bids()).isZero();
    assertThat(failed.finalPriceFen()).isNull();
    assertThat(failed.buyerName()).isNull();
    assertThat(failed.buyerIdNumber()).isNull();
    assertThat(failed.message()).contains("流拍");
  }

  @Test
  void aDefaultedListingNamesTheWinnerWhoDidNotPay() {
    AuctionResult defaulted = SimulatedAuctionResults.resultFor(listing(HOUSE, 2, List.of()), Outcome.DEFAULTED);
    AuctionResult sold = SimulatedAuctionResults.resultFor(listing(HOUSE, 2, List.of()), Outcome.SOLD);
    assertThat(defaulted.finalPriceFen()).isEqualTo(sold.finalPriceFen());
    assertThat(defaulted.buyerIdNumber()).isEqualTo(sold.buyerIdNumber());
    assertThat(defaulted.message()).contains("悔拍");
  }

  @Test
  void aBarredBidderNeverWins() {
    for (int sequence = 1; sequence <= 20; sequence++) {
      AuctionResult unbarred = SimulatedAuctionResults.resultFor(listing(HOUSE, sequence, List.of()), Outcome.SOLD);
      List<String> barred = new ArrayList<>();
      barred.add(unbarred.buyerIdNumber());
      AuctionResult result = SimulatedAuctionResults.resultFor(listing(HOUSE, sequence, barred), Outcome.SOLD);
      // and the next candidate too, written in lower case as a clerk might
      barred.add(result.buyerIdNumber().toLowerCase());
      AuctionResult third = SimulatedAuctionResults.resultFor(listing(HOUSE, sequence, barred), Outcome.SOLD);

      assertThat(result.buyerIdNumber()).isNotEqualTo(unbarred.buyerIdNumber());
      assertThat(third.buyerIdNumber()).isNotIn(unbarred.buyerIdNumber(), result.buyerIdNumber());
      assertThat(VALIDATOR.validate(third)).isEmpty();
    }
  }

  @Test
  void configuredOutcomesApplyToSuccessiveListingsAndTheLastRepeats() {
    var properties = outcomes(Map.of(HOUSE, List.of(Outcome.FAILED, Outcome.DEFAULTED, Outcome.SOLD)));
    assertThat(IntStream.rangeClosed(1, 5).mapToObj(sequence -> properties.simulatedOutcome(HOUSE, sequence)))
        .containsExactly(Outcome.FAILED, Outcome.DEFAULTED, Outcome.SOLD, Outcome.SOLD, Outcome.SOLD);
    assertThat(properties.simulatedOutcome("粤B12345", 1)).as("no entry: sold").isEqualTo(Outcome.SOLD);
    assertThat(outcomes(Map.of(HOUSE, List.of(Outcome.FAILED))).simulatedOutcome(HOUSE, 4))
        .as("failing for ever: the sell-off fails too").isEqualTo(Outcome.FAILED);
  }

  @Test
  void resultsAreDeliveredLaterOnAnotherThreadAndAFailedDeliveryDoesNotStopTheNext() throws InterruptedException {
    var received = new RecordingResults(2);
    var platform = new SimulatedAuctionPlatform(received, outcomes(Map.of(HOUSE, List.of(Outcome.FAILED, Outcome.SOLD))));
    try {
      platform.publish(listing(HOUSE, 1, List.of()));
      platform.publish(listing(HOUSE, 2, List.of()));

      assertThat(received.delivered.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(received.results).extracting(AuctionResult::outcome).containsExactly(Outcome.FAILED, Outcome.SOLD);
      assertThat(received.threads).containsOnly("auction-platform-simulator");
    } finally {
      platform.stop();
    }
  }

  /** Stands in for the stored results; its first delivery fails as a database might. */
  private static final class RecordingResults extends AuctionResults {
    final List<AuctionResult> results = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch delivered;
    private boolean failedOnce;

    RecordingResults(int expected) {
      super(null, null, null, null);
      this.delivered = new CountDownLatch(expected);
    }

    @Override
    public boolean receive(AuctionResult result) {
      results.add(result);
      threads.add(Thread.currentThread().getName());
      delivered.countDown();
      if (!failedOnce) {
        failedOnce = true;
        throw new IllegalStateException("database unavailable");
      }
      return true;
    }
  }

  private static boolean checkCharacterIsRight(String id) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (id == null || !id.matches("\\d{17}[\\dX]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11) == id.charAt(17);
  }
}
