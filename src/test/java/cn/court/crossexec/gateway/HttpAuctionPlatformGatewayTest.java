package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The HTTP client keeps the documented contract (docs/gateways.md). */
class HttpAuctionPlatformGatewayTest {

  private static final OffsetDateTime STARTS = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));
  private final AuctionPlatformProperties properties = new AuctionPlatformProperties("http", "http://auction.example.test/api",
      "http://court.example.test/api/gateway/auction-platform/results", null, Map.of());

  private static AuctionListing listing(String auctionId) {
    return new AuctionListing(auctionId, "case-7", "disp-7", AuctionListing.Kind.AUCTION, 2, 3, "粤(2024)深圳市不动产权第0000001号",
        "住宅一套", "REAL_ESTATE", 196_000_000L, 19_600_000L, STARTS, STARTS.plusDays(1), "李四（承租人）", List.of("44030519800101123X"));
  }

  @Test
  void postsTheListingWithItsCallback() {
    RestClient.Builder builder = RestClient.builder();
    MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    server.expect(requestTo("http://auction.example.test/api/listings"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("Idempotency-Key", "auc-7"))
        .andExpect(jsonPath("$.auctionId").value("auc-7"))
        .andExpect(jsonPath("$.caseId").value("case-7"))
        .andExpect(jsonPath("$.disposalId").value("disp-7"))
        .andExpect(jsonPath("$.kind").value("AUCTION"))
        .andExpect(jsonPath("$.round").value(2))
        .andExpect(jsonPath("$.sequence").value(3))
        .andExpect(jsonPath("$.assetKey").value("粤(2024)深圳市不动产权第0000001号"))
        .andExpect(jsonPath("$.startingPriceFen").value(196_000_000L))
        .andExpect(jsonPath("$.depositFen").value(19_600_000L))
        .andExpect(jsonPath("$.biddingStartsAt").value("2026-03-02T10:00:00+08:00"))
        .andExpect(jsonPath("$.biddingEndsAt").value("2026-03-03T10:00:00+08:00"))
        .andExpect(jsonPath("$.preemptionHolders").value("李四（承租人）"))
        .andExpect(jsonPath("$.barredBidderIdNumbers", Matchers.contains("44030519800101123X")))
        .andExpect(jsonPath("$.callbackUrl").value("http://court.example.test/api/gateway/auction-platform/results"))
        .andRespond(withStatus(HttpStatus.ACCEPTED));

    new HttpAuctionPlatformGateway(builder, properties).publish(listing("auc-7"));
    server.verify();
  }

  @Test
  void aFailedCallIsAnExceptionSoTheWorkerRetries() {
    RestClient.Builder builder = RestClient.builder();
    MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    server.expect(requestTo("http://auction.example.test/api/listings")).andRespond(withServerError());
    var gateway = new HttpAuctionPlatformGateway(builder, properties);
    assertThatThrownBy(() -> gateway.publish(listing("auc-8"))).isInstanceOf(RuntimeException.class);
    server.verify();
  }

  @Test
  void httpModeNeedsBothAddresses() {
    var incomplete = new AuctionPlatformProperties("http", "http://auction.example.test/api", null, null, Map.of());
    assertThatThrownBy(() -> new HttpAuctionPlatformGateway(RestClient.builder(), incomplete))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("callback-url");
  }
}
