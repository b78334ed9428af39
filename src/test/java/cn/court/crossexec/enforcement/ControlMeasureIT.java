package cn.court.crossexec.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Control measures: expiry by asset type, renewal, lifting, lapse, and the waiting list across cases. */
@IntegrationTest
class ControlMeasureIT {

  @Autowired EnforcementCaseService cases;
  @Autowired ControlMeasureService measures;
  @Autowired Api api;

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void realEstateSealRunsThreeYearsAndIsRenewedByItsCourt() {
    String caseId = openCase("GD0303");
    LocalDate today = LocalDate.now(SHANGHAI);
    JsonNode seal = take("officer-GD0303", caseId, measure("粤(2024)深圳市不动产权第" + UUID.randomUUID(), "REAL_ESTATE", "SEAL",
        today.minusYears(2).toString())).getBody();
    assertThat(seal.get("status").asText()).isEqualTo("EFFECTIVE");
    assertThat(seal.get("courtCode").asText()).isEqualTo("GD0303");
    // the day of the seal is not counted: three years end on the corresponding day
    assertThat(seal.get("expiresOn").asText()).isEqualTo(today.plusYears(1).toString());

    ResponseEntity<JsonNode> renewed = api.as("officer-GD0303").postForEntity("/api/measures/" + seal.get("id").asLong() + "/renewals", null, JsonNode.class);
    assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);
    // from the current expiry, but no further than three years from today
    assertThat(renewed.getBody().get("expiresOn").asText()).isEqualTo(today.plusYears(3).toString());
    assertThat(renewed.getBody().get("renewals").asInt()).isEqualTo(1);

    // another court of the case may not renew it; an outsider does not even see it
    assertThat(api.as("officer-GD0305").postForEntity("/api/measures/" + seal.get("id").asLong() + "/renewals", null, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.as("officer-BJ0108").postForEntity("/api/measures/" + seal.get("id").asLong() + "/renewals", null, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aOneYearFreezeTakenOnMarchThirdLapsesAtTheEndOfMarchThirdTheNextYear() {
    String caseId = openCase("GD0303");
    JsonNode freeze = take("officer-GD0303", caseId, measure("账号" + UUID.randomUUID(), "DEPOSIT", "FREEZE", "2025-03-03")).getBody();
    assertThat(freeze.get("effectiveFrom").asText()).isEqualTo("2025-03-03");
    assertThat(freeze.get("expiresOn").asText()).isEqualTo("2026-03-03"); // a Tuesday; a lapsing term is not moved anyway
  }

  @Test
  void renewalsDoNotStackTwoOnOneDayAddOnePeriodFromToday() {
    String caseId = openCase("GD0303");
    LocalDate today = LocalDate.now(SHANGHAI);
    JsonNode freeze = take("officer-GD0303", caseId, measure("账号" + UUID.randomUUID(), "DEPOSIT", "FREEZE",
        today.minusMonths(6).toString())).getBody();
    String renewals = "/api/measures/" + freeze.get("id").asLong() + "/renewals";
    ResponseEntity<JsonNode> first = api.as("officer-GD0303").postForEntity(renewals, null, JsonNode.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().get("expiresOn").asText()).isEqualTo(today.plusYears(1).toString());

    ResponseEntity<JsonNode> second = api.as("officer-GD0303").postForEntity(renewals, null, JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().get("detail").asText()).contains("不得超过1年");
    JsonNode now = api.as("officer-GD0303").getForObject("/api/cases/" + caseId + "/measures", JsonNode.class).get(0);
    assertThat(now.get("expiresOn").asText()).isEqualTo(today.plusYears(1).toString());
    assertThat(now.get("renewals").asInt()).isEqualTo(1);
  }

  @Test
  void theWaitingListFollowsTheTimeOfTheSeizureOrderNotTheOrderOfRecording() {
    String asset = "账号6222" + UUID.randomUUID();
    String late = openCase("GD0303");
    String early = openCase("GD0306");
    String middle = openCase("GD0304");
    LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
    JsonNode recordedFirst = take("officer-GD0303", late, measure(asset, "DEPOSIT", "FREEZE", yesterday.toString(),
        yesterday + "T10:00:00+08:00")).getBody();
    assertThat(recordedFirst.get("status").asText()).isEqualTo("EFFECTIVE");
    // an order made at 09:00 recorded afterwards is the first freeze: the 10:00 one goes back to the waiting list
    JsonNode first = take("officer-GD0306", early, measure(asset, "DEPOSIT", "FREEZE", yesterday.toString(),
        yesterday + "T09:00:00+08:00")).getBody();
    assertThat(first.get("status").asText()).isEqualTo("EFFECTIVE");
    assertThat(first.get("expiresOn").asText()).isEqualTo(yesterday.plusYears(1).toString());
    assertThat(status(late)).isEqualTo("WAITING");
    // 09:30 recorded last waits ahead of 10:00
    assertThat(take("officer-GD0304", middle, measure(asset, "DEPOSIT", "FREEZE", yesterday.toString(),
        yesterday + "T09:30:00+08:00")).getBody().get("status").asText()).isEqualTo("WAITING");

    api.as("officer-GD0306").postForEntity("/api/measures/" + first.get("id").asLong() + "/lift", null, JsonNode.class);
    assertThat(status(middle)).isEqualTo("EFFECTIVE");
    assertThat(status(late)).isEqualTo("WAITING");
  }

  @Test
  void waitingSeizureTakesEffectWhenTheFirstIsLifted() {
    String asset = "账号6222" + UUID.randomUUID();
    String first = openCase("GD0303");
    String second = openCase("GD0306");
    String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    JsonNode effective = take("officer-GD0303", first, measure(asset, "DEPOSIT", "FREEZE", today)).getBody();
    JsonNode waiting = take("officer-GD0306", second, measure(asset, "DEPOSIT", "FREEZE", today)).getBody();
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING");
    assertThat(waiting.has("expiresOn")).isFalse(); // no expiry while waiting
    assertThat(waiting.get("queueRank").asInt()).isGreaterThan(effective.get("queueRank").asInt());

    api.as("officer-GD0303").postForEntity("/api/measures/" + effective.get("id").asLong() + "/lift", null, JsonNode.class);

    JsonNode promoted = api.as("officer-GD0306").getForObject("/api/cases/" + second + "/measures", JsonNode.class).get(0);
    assertThat(promoted.get("status").asText()).isEqualTo("EFFECTIVE");
    assertThat(promoted.get("effectiveFrom").asText()).isEqualTo(today);
    assertThat(promoted.get("expiresOn").asText()).isEqualTo(LocalDate.now(SHANGHAI).plusYears(1).toString());
    assertThat(api.as("officer-GD0306").getForObject("/api/cases/" + second, JsonNode.class).get("timeline").findValuesAsText("type"))
        .contains("MEASURE_TAKEN", "MEASURE_EFFECTIVE");
  }

  @Test
  void aPromotedWaitingSeizureHoldsFromTheMomentTheLapsedOneEndedAlsoAfterDowntime() {
    String asset = "粤B" + UUID.randomUUID();
    String first = openCase("GD0303");
    String second = openCase("GD0306");
    JsonNode old = take("officer-GD0303", first, measure(asset, "MOVABLE", "SEIZE", "2023-01-05")).getBody();
    assertThat(old.get("expiresOn").asText()).isEqualTo("2025-01-05");
    take("officer-GD0306", second, measure(asset, "MOVABLE", "SEIZE", "2024-06-01"));

    // the lapse is noticed only now (the check did not run since 2025): the waiting seizure still counts from then
    assertThat(measures.flagLapsed()).isGreaterThanOrEqualTo(1);

    JsonNode lapsed = api.as("officer-GD0303").getForObject("/api/cases/" + first + "/measures", JsonNode.class).get(0);
    assertThat(lapsed.get("status").asText()).isEqualTo("LAPSED");
    assertThat(lapsed.get("endedOn").asText()).isEqualTo("2025-01-06");
    JsonNode now = api.as("officer-GD0306").getForObject("/api/cases/" + second + "/measures", JsonNode.class).get(0);
    assertThat(now.get("status").asText()).isEqualTo("EFFECTIVE");
    assertThat(now.get("effectiveFrom").asText()).isEqualTo("2025-01-06");
    assertThat(OffsetDateTime.parse(now.get("effectiveAt").asText()).toInstant())
        .isEqualTo(OffsetDateTime.parse("2025-01-06T00:00:00+08:00").toInstant());
    assertThat(now.get("expiresOn").asText()).isEqualTo("2027-01-05");
  }

  @Test
  void aMeasureTheLawDoesNotAllowOnTheAssetIsRefused() {
    String caseId = openCase("GD0303");
    ResponseEntity<JsonNode> refused = take("officer-GD0303", caseId, measure("账号" + UUID.randomUUID(), "DEPOSIT", "SEAL", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("kind");
    assertThat(measures.ofCase(caseId)).isEmpty();
  }

  private ResponseEntity<JsonNode> take(String user, String caseId, Map<String, Object> body) {
    return api.as(user).postForEntity("/api/cases/" + caseId + "/measures", body, JsonNode.class);
  }

  private static Map<String, Object> measure(String assetKey, String type, String kind, String takenOn) {
    return Map.of("assetKey", assetKey, "assetDescription", "测试财产", "assetType", type, "kind", kind,
        "orderNumber", "（2024）粤0303执1号之一", "takenOn", takenOn);
  }

  private static Map<String, Object> measure(String assetKey, String type, String kind, String takenOn, String orderedAt) {
    Map<String, Object> body = new java.util.HashMap<>(measure(assetKey, type, kind, takenOn));
    body.put("orderedAt", orderedAt);
    return body;
  }

  private String status(String caseId) {
    return measures.ofCase(caseId).get(0).status().name();
  }

  private String openCase(String executing) {
    String caseId = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(caseId, UUID.randomUUID().toString(), "（2024）粤0305执2号", "SERIES", "DIRECTED", "GD03",
        executing, "GD0305", LocalDate.of(2024, 3, 1), 10_000_000L,
        List.of(new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executing, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0305", "ORIGINAL")),
        "coordinator-GD03", null));
    return caseId;
  }
}
