package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST /api/cases/{id}/payments: money received, exact to the fen, once per reference, by the right courts. */
@IntegrationTest
class CasePaymentIT {

  @Autowired EnforcementCaseService cases;
  @Autowired Api api;

  String caseId;

  @BeforeEach
  void aDirectedCase() {
    caseId = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(caseId, UUID.randomUUID().toString(), "（2024）粤0305执1号", "PASSIVE_RISK", "DIRECTED", "GD03", "GD0303",
        "GD0305", LocalDate.of(2024, 3, 1), 125_000_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole("GD0303", "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")),
        "coordinator-GD03", null));
  }

  @Test
  void executingCourtRecordsPaymentsAndTheRecoveredAmountAddsUpToTheFen() {
    ResponseEntity<JsonNode> first = pay("officer-GD0303", payment(5_000_000L, "BANK-0001"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("caseRecoveredFen").asLong()).isEqualTo(5_000_000L);

    ResponseEntity<JsonNode> second = pay("coordinator-GD03", payment(1L, "BANK-0002"));
    assertThat(second.getBody().get("caseRecoveredFen").asLong()).isEqualTo(5_000_001L);

    ResponseEntity<JsonNode> repeated = pay("officer-GD0303", payment(5_000_000L, "BANK-0001"));
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repeated.getBody().get("id").asLong()).isEqualTo(first.getBody().get("id").asLong());

    JsonNode theCase = api.as("officer-GD0303").getForObject("/api/cases/" + caseId, JsonNode.class);
    assertThat(theCase.get("recoveredFen").asLong()).isEqualTo(5_000_001L);
    assertThat(theCase.get("timeline").findValuesAsText("type")).containsExactly("OPENED", "PAYMENT_RECEIVED", "PAYMENT_RECEIVED");
    assertThat(theCase.get("timeline").get(1).get("detail").asText()).contains("50,000.00 元");
    assertThat(api.as("officer-GD0305").getForObject("/api/cases/" + caseId + "/payments", JsonNode.class)).hasSize(2);
  }

  @Test
  void onlyTheExecutingCourtOrTheCentreRecordsMoney() {
    assertThat(pay("officer-GD0305", payment(100L, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pay("manager", payment(100L, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pay("officer-BJ0108", payment(100L, null)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("manager").getForObject("/api/cases/" + caseId, JsonNode.class).get("recoveredFen").asLong()).isZero();
  }

  @Test
  void invalidPaymentsNameTheFieldsAndChangeNothing() {
    Map<String, Object> bad = new HashMap<>(payment(0L, null));
    bad.remove("payer");
    ResponseEntity<JsonNode> invalid = pay("officer-GD0303", bad);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").findValuesAsText("field")).contains("amountFen", "payer");

    Map<String, Object> early = new HashMap<>(payment(100L, null));
    early.put("receivedOn", "2024-02-01");
    ResponseEntity<JsonNode> beforeFiling = pay("officer-GD0303", early);
    assertThat(beforeFiling.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(beforeFiling.getBody().get("errors").findValuesAsText("field")).containsExactly("receivedOn");

    assertThat(api.as("officer-GD0303").getForObject("/api/cases/" + caseId + "/payments", JsonNode.class)).isEmpty();
  }

  private ResponseEntity<JsonNode> pay(String user, Map<String, Object> body) {
    return api.as(user).postForEntity("/api/cases/" + caseId + "/payments", body, JsonNode.class);
  }

  private static Map<String, Object> payment(long fen, String reference) {
    Map<String, Object> body = new HashMap<>();
    body.put("amountFen", fen);
    body.put("receivedOn", "2025-01-10");
    body.put("payer", "深圳某某实业有限公司");
    body.put("channel", "DEDUCTION");
    if (reference != null) {
      body.put("reference", reference);
    }
    return body;
  }
}
