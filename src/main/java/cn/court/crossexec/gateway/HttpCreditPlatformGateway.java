package cn.court.crossexec.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The real credit platform over HTTP (contract: docs/gateways.md): {@code POST {url}/entries} publishes,
 * {@code POST {url}/entries/{entryId}/withdrawal} withdraws; both carry the {@code Idempotency-Key} header and answer
 * {@code {"reference": "..."}}. A non-2xx answer throws, so the push is retried and finally shown as failed.
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.credit-platform.mode", havingValue = "http")
class HttpCreditPlatformGateway implements CreditPlatformGateway {

  private final RestClient client;

  HttpCreditPlatformGateway(RestClient.Builder builder, CreditPlatformProperties properties) {
    if (properties.url() == null || properties.url().isBlank()) {
      throw new IllegalStateException("crossexec.gateway.credit-platform.url is required in http mode");
    }
    this.client = builder.baseUrl(properties.url()).build();
  }

  @Override
  public String publish(CreditEntry entry, String idempotencyKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entryId", entry.entryId());
    body.put("caseNumber", entry.caseNumber());
    body.put("courtCode", entry.courtCode());
    body.put("debtorName", entry.debtorName());
    body.put("debtorIdNumber", entry.debtorIdNumber());
    body.put("debtorType", entry.debtorType());
    body.put("grade", entry.grade());
    body.put("measures", entry.measures());
    body.put("grounds", entry.grounds());
    body.put("outstandingFen", entry.outstandingFen());
    body.put("termEndsOn", entry.termEndsOn() == null ? null : entry.termEndsOn().toString());
    return reference(client.post().uri("/entries").contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", idempotencyKey).body(body).retrieve().body(Map.class));
  }

  @Override
  public String withdraw(String entryId, String cause, String idempotencyKey) {
    return reference(client.post().uri("/entries/{entryId}/withdrawal", entryId).contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", idempotencyKey).body(Map.of("cause", cause)).retrieve().body(Map.class));
  }

  private static String reference(Map<?, ?> answer) {
    Object ref = answer == null ? null : answer.get("reference");
    return ref == null ? null : ref.toString();
  }
}
