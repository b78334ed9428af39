package cn.court.crossexec.gateway;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The real auction platform over HTTP (contract: docs/gateways.md): {@code POST {url}/listings} with the listing and
 * the callback URL; the result arrives later at the callback. A non-2xx answer throws, so the calling job worker
 * retries with back-off and finally raises an incident.
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.auction-platform.mode", havingValue = "http")
class HttpAuctionPlatformGateway implements AuctionPlatformGateway {

  private final RestClient client;
  private final String callbackUrl;

  HttpAuctionPlatformGateway(RestClient.Builder builder, AuctionPlatformProperties properties) {
    if (properties.url() == null || properties.callbackUrl() == null) {
      throw new IllegalStateException(
          "crossexec.gateway.auction-platform.url and callback-url are required in http mode");
    }
    this.client = builder.baseUrl(properties.url()).build();
    this.callbackUrl = properties.callbackUrl();
  }

  @Override
  public void publish(AuctionListing listing) {
    client.post()
        .uri("/listings")
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", listing.auctionId())
        .body(body(listing))
        .retrieve()
        .toBodilessEntity();
  }

  /** Spelled out field by field (rather than the record serialized) so the contract cannot drift with the record. */
  private Map<String, Object> body(AuctionListing listing) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("auctionId", listing.auctionId());
    body.put("caseId", listing.caseId());
    body.put("disposalId", listing.disposalId());
    body.put("kind", listing.kind());
    body.put("round", listing.round());
    body.put("sequence", listing.sequence());
    body.put("assetKey", listing.assetKey());
    body.put("assetDescription", listing.assetDescription());
    body.put("assetType", listing.assetType());
    body.put("startingPriceFen", listing.startingPriceFen());
    body.put("depositFen", listing.depositFen());
    body.put("biddingStartsAt", isoTime(listing.biddingStartsAt()));
    body.put("biddingEndsAt", isoTime(listing.biddingEndsAt()));
    body.put("preemptionHolders", listing.preemptionHolders());
    body.put("barredBidderIdNumbers", listing.barredBidderIdNumbers());
    body.put("callbackUrl", callbackUrl);
    return body;
  }

  /** ISO-8601 with the offset, whatever the JSON mapper's date settings (a plain builder writes epoch numbers). */
  private static String isoTime(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
