package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import java.util.EnumSet;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The HTTP client keeps the documented contract (docs/gateways.md). */
class HttpAssetInquiryGatewayTest {

  private final AssetInquiryProperties properties = new AssetInquiryProperties("http", "http://inquiry.example.test/api",
      "http://court.example.test/api/gateway/asset-inquiry/answers", null, Set.of(), Set.of());

  @Test
  void postsTheInquiryWithItsCallback() {
    RestClient.Builder builder = RestClient.builder();
    MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    server.expect(requestTo("http://inquiry.example.test/api/inquiries"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("Idempotency-Key", "inq-7"))
        .andExpect(jsonPath("$.inquiryId").value("inq-7"))
        .andExpect(jsonPath("$.caseId").value("case-7"))
        .andExpect(jsonPath("$.debtorIdNumber").value("91350100M000100Y43"))
        .andExpect(jsonPath("$.sources", Matchers.containsInAnyOrder("BANK", "REAL_ESTATE")))
        .andExpect(jsonPath("$.callbackUrl").value("http://court.example.test/api/gateway/asset-inquiry/answers"))
        .andRespond(withStatus(HttpStatus.ACCEPTED));

    new HttpAssetInquiryGateway(builder, properties).submit(new AssetInquiryRequest("inq-7", "case-7", "深圳某某实业有限公司",
        "91350100M000100Y43", EnumSet.of(AssetSource.BANK, AssetSource.REAL_ESTATE)));
    server.verify();
  }

  @Test
  void aFailedCallIsAnExceptionSoTheWorkerRetries() {
    RestClient.Builder builder = RestClient.builder();
    MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    server.expect(requestTo("http://inquiry.example.test/api/inquiries")).andRespond(withServerError());
    var gateway = new HttpAssetInquiryGateway(builder, properties);
    assertThatThrownBy(() -> gateway.submit(new AssetInquiryRequest("inq-8", "case-8", "某", "91350100M000100Y43",
        EnumSet.of(AssetSource.BANK)))).isInstanceOf(RuntimeException.class);
  }
}
