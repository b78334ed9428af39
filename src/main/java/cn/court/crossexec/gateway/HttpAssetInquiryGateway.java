package cn.court.crossexec.gateway;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The real inquiry system over HTTP (contract: docs/gateways.md): {@code POST {url}/inquiries} with the debtor, the
 * sources and the callback URL; answers arrive later at the callback. A non-2xx answer throws, so the calling job
 * worker retries with back-off and finally raises an incident.
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.asset-inquiry.mode", havingValue = "http")
class HttpAssetInquiryGateway implements AssetInquiryGateway {

  private final RestClient client;
  private final String callbackUrl;

  HttpAssetInquiryGateway(RestClient.Builder builder, AssetInquiryProperties properties) {
    if (properties.url() == null || properties.callbackUrl() == null) {
      throw new IllegalStateException(
          "crossexec.gateway.asset-inquiry.url and callback-url are required in http mode");
    }
    this.client = builder.baseUrl(properties.url()).build();
    this.callbackUrl = properties.callbackUrl();
  }

  @Override
  public void submit(AssetInquiryRequest request) {
    client.post()
        .uri("/inquiries")
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", request.inquiryId())
        .body(Map.of(
            "inquiryId", request.inquiryId(),
            "caseId", request.caseId(),
            "debtorName", request.debtorName(),
            "debtorIdNumber", request.debtorIdNumber(),
            "sources", request.sources(),
            "callbackUrl", callbackUrl))
        .retrieve()
        .toBodilessEntity();
  }
}
