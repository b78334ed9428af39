package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.platform.NotFoundException;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The platform's results arrive through the callback or the simulator, are stored once and announced with their case. */
@IntegrationTest
@RecordApplicationEvents
class AuctionPlatformIT {

  /** Configured in application-test.yaml: fails, then its buyer defaults, then it sells. */
  private static final String TEST_HOUSE = "粤(2099)测试不动产权第0000001号";
  private static final String RESULTS = "/api/gateway/auction-platform/results";

  @Autowired AuctionPlatformGateway gateway;
  @Autowired AuctionResults results;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired Api api;
  @Autowired ApplicationEvents events;

  @Test
  void callbackStoresAResultOnceAndOnlyFromExternalSystems() {
    String auction = auction(disposal(caseWithMeasure()), 1);
    Map<String, Object> sold = Map.of("auctionId", auction, "outcome", "SOLD", "finalPriceFen", 251_900_000L,
        "buyerName", "张伟", "buyerIdNumber", "44030519800101123X", "bids", 9, "message", "竞价成交");

    assertThat(api.as("auction-platform").postForEntity(RESULTS, sold, Void.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var again = new HashMap<>(sold);
    again.put("finalPriceFen", 1L); // a repeated delivery changes nothing, even when it differs
    assertThat(api.as("auction-platform").postForEntity(RESULTS, again, Void.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auction_platform_result WHERE auction_id = ?", Integer.class, auction))
        .isEqualTo(1);
    assertThat(results.find(auction)).contains(
        new AuctionResult(auction, AuctionResult.Outcome.SOLD, 251_900_000L, "张伟", "44030519800101123X", 9, "竞价成交"));
    assertThat(jdbc.queryForObject("SELECT received_at FROM auction_platform_result WHERE auction_id = ?", OffsetDateTime.class,
        auction)).isNotNull();

    assertThat(api.as("officer-GD0303").postForEntity(RESULTS, sold, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badResultsAreRejectedFieldByFieldAndUnknownAuctionsAreNotFound() {
    String auction = auction(disposal(caseWithMeasure()), 1);

    var incomplete = api.as("auction-platform").postForEntity(RESULTS,
        Map.of("auctionId", auction, "outcome", "DEFAULTED", "buyerIdNumber", "4403"), JsonNode.class);
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("finalPriceFen", "buyerName", "buyerIdNumber");
    var unknownOutcome = api.as("auction-platform").postForEntity(RESULTS,
        Map.of("auctionId", auction, "outcome", "WITHDRAWN"), JsonNode.class);
    assertThat(unknownOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownOutcome.getBody().get("errors").findValuesAsText("field")).containsExactly("outcome");
    assertThat(results.find(auction)).isEmpty();

    var unknown = api.as("auction-platform").postForEntity(RESULTS,
        Map.of("auctionId", "no-such-auction", "outcome", "FAILED", "bids", 0), JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).contains("no-such-auction");
    assertThat(results.find("no-such-auction")).isEmpty();
  }

  @Test
  void aNewResultIsAnnouncedWithItsCaseAndARepeatIsNot() {
    String caseId = caseWithMeasure();
    String auction = auction(disposal(caseId), 1);
    var failed = new AuctionResult(auction, AuctionResult.Outcome.FAILED, null, null, null, 0, "无人出价，流拍");

    assertThat(results.receive(failed)).isTrue();
    assertThat(results.receive(failed)).isFalse();

    assertThat(events.stream(AuctionResultReported.class).filter(e -> e.auctionId().equals(auction)))
        .containsExactly(new AuctionResultReported(auction, caseId, AuctionResult.Outcome.FAILED));
    assertThatThrownBy(() -> results.receive(new AuctionResult("no-such-auction", AuctionResult.Outcome.FAILED, null, null,
        null, 0, null))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theSimulatorReportsEachListingLaterThroughTheSamePathAndFollowsTheConfiguredOutcomes() {
    String caseId = caseWithMeasure();
    String disposal = disposal(caseId);
    String first = auction(disposal, 1);
    String second = auction(disposal, 1);
    OffsetDateTime starts = OffsetDateTime.now(clock);

    gateway.publish(listing(first, caseId, disposal, 1, starts, List.of()));
    await().atMost(Duration.ofSeconds(20)).until(() -> results.find(first).isPresent());
    assertThat(results.find(first).orElseThrow().outcome()).isEqualTo(AuctionResult.Outcome.FAILED);

    gateway.publish(listing(second, caseId, disposal, 2, starts, List.of()));
    await().atMost(Duration.ofSeconds(20)).until(() -> results.find(second).isPresent());
    AuctionResult defaulted = results.find(second).orElseThrow();
    assertThat(defaulted.outcome()).isEqualTo(AuctionResult.Outcome.DEFAULTED);
    assertThat(defaulted.finalPriceFen()).isGreaterThanOrEqualTo(196_000_000L);
    assertThat(defaulted).isEqualTo(SimulatedAuctionResults.resultFor(
        listing(second, caseId, disposal, 2, starts, List.of()), AuctionResult.Outcome.DEFAULTED));
  }

  private static AuctionListing listing(String auctionId, String caseId, String disposalId, int sequence, OffsetDateTime starts,
      List<String> barred) {
    return new AuctionListing(auctionId, caseId, disposalId, AuctionListing.Kind.AUCTION, sequence, sequence, TEST_HOUSE,
        "住宅一套，建筑面积 89 平方米", "REAL_ESTATE", 196_000_000L, 19_600_000L, starts, starts.plusDays(1), null, barred);
  }

  /** A case with one sealed house: the least the disposal tables refer to. */
  private String caseWithMeasure() {
    String caseId = UUID.randomUUID().toString();
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO enforcement_case (id, application_id, case_number, category, mode, coordinating_court_code,"
        + " executing_court_code, original_court_code, filed_on, amount_claimed_fen, recovered_fen, status, opened_by, opened_at)"
        + " VALUES (?, ?, ?, 'PASSIVE_RISK', 'DIRECTED', 'GD03', 'GD0303', 'GD0305', ?, 300000000, 0, 'OPEN', 'coordinator-GD03', ?)",
        caseId, caseId, "（2025）粤0303执" + Math.abs(caseId.hashCode() % 100000) + "号", today.minusMonths(6), now);
    jdbc.update("INSERT INTO control_measure (case_id, asset_key, asset_description, asset_type, measure_kind, court_code,"
        + " order_number, queue_rank, status, taken_on, effective_from, expires_on, renewals, created_by, created_at)"
        + " VALUES (?, ?, '住宅一套', 'REAL_ESTATE', 'SEAL', 'GD0303', '（2025）粤0303执封1号', 1, 'EFFECTIVE', ?, ?, ?, 0,"
        + " 'officer-GD0303', ?)", caseId, TEST_HOUSE + "/" + caseId, today.minusMonths(3), today.minusMonths(3),
        today.plusYears(2), now);
    return caseId;
  }

  private String disposal(String caseId) {
    String id = UUID.randomUUID().toString();
    Long measure = jdbc.queryForObject("SELECT id FROM control_measure WHERE case_id = ?", Long.class, caseId);
    jdbc.update("INSERT INTO asset_disposal (id, case_id, measure_id, asset_type, asset_description, status, seized_on,"
        + " reference_price_fen, created_by, created_at) VALUES (?, ?, ?, 'REAL_ESTATE', '住宅一套', 'AUCTIONING', ?, 280000000,"
        + " 'officer-GD0303', ?)", id, caseId, measure, LocalDate.now(clock).minusMonths(3), OffsetDateTime.now(clock));
    return id;
  }

  private String auction(String disposalId, int round) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO asset_auction (id, disposal_id, round_no, kind, starting_price_fen, deposit_fen, notice_days,"
        + " published_at, bidding_starts_at, bidding_ends_at, status, published_by) VALUES (?, ?, ?, 'AUCTION', 196000000,"
        + " 19600000, 30, ?, ?, ?, 'PUBLISHED', 'officer-GD0303')", id, disposalId, round, now, now.plusDays(30),
        now.plusDays(31));
    return id;
  }
}
