package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The simulator answers asynchronously through the same path as the real system's callback. */
@IntegrationTest
class AssetInquiryIT {

  @Autowired AssetInquiryGateway gateway;
  @Autowired AssetInquiryAnswers answers;
  @Autowired JdbcTemplate jdbc;
  @Autowired Api api;

  @Test
  void simulatorAnswersEverySourceLaterAndDeterministically() {
    String first = submit("91350100M000100Y43");
    String second = submit("91350100M000100Y43");
    await().atMost(Duration.ofSeconds(20)).until(() -> answers.answered(first) == 6 && answers.answered(second) == 6);

    assertThat(outcome(first, "VEHICLE")).isEqualTo("FAILED"); // configured to fail in the test profile
    for (AssetSource source : AssetSource.values()) {
      assertThat(outcome(second, source.name())).isEqualTo(outcome(first, source.name()));
    }
  }

  @Test
  void callbackRecordsAnAnswerOnceAndOnlyFromExternalSystems() {
    String inquiry = "inq-" + UUID.randomUUID();
    Map<String, Object> answer = Map.of("inquiryId", inquiry, "caseId", "case-cb", "source", "REAL_ESTATE",
        "outcome", "FOUND", "findings", List.of(Map.of("assetType", "REAL_ESTATE", "description", "住宅一套",
            "valueFen", 350_000_000L, "location", "深圳市南山区")));

    assertThat(api.as("inquiry-system").postForEntity("/api/gateway/asset-inquiry/answers", answer, Void.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(api.as("inquiry-system").postForEntity("/api/gateway/asset-inquiry/answers", answer, Void.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(answers.answered(inquiry)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT SUM(f.value_fen) FROM asset_inquiry_finding f JOIN asset_inquiry_answer a"
        + " ON a.id = f.answer_id WHERE a.inquiry_id = ?", Long.class, inquiry)).isEqualTo(350_000_000L);

    var invalid = api.as("inquiry-system").postForEntity("/api/gateway/asset-inquiry/answers",
        Map.of("inquiryId", inquiry, "caseId", "case-cb", "outcome", "FOUND"), JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").findValuesAsText("field")).contains("source");

    assertThat(api.as("officer-GD0305").postForEntity("/api/gateway/asset-inquiry/answers", answer, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String submit(String debtorId) {
    String inquiry = "inq-" + UUID.randomUUID();
    gateway.submit(new AssetInquiryRequest(inquiry, "case-sim", "深圳某某实业有限公司", debtorId, EnumSet.allOf(AssetSource.class)));
    return inquiry;
  }

  private String outcome(String inquiry, String source) {
    return jdbc.queryForObject("SELECT outcome FROM asset_inquiry_answer WHERE inquiry_id = ? AND source = ?", String.class,
        inquiry, source);
  }
}
