package cn.court.crossexec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/stats/...: the dashboard's numbers, scoped to the caller's courts, validated, and as CSV with a BOM. */
@cn.court.crossexec.support.IntegrationTest
class StatsApiIT {

  @Autowired EnforcementCaseService cases;
  @Autowired Api api;
  @Autowired Clock clock;

  @Test
  void kpisOfTodayCountTheCasesAcceptedAndTheMoneyRecovered() {
    String today = LocalDate.now(clock).toString();
    String query = "/api/stats/kpis?from=" + today + "&to=" + today;
    JsonNode before = line(api.as("coordinator-GD03").getForObject(query, JsonNode.class), "GD0303");

    String luohu = open("GD0303", 100_000L);
    open("GD0305", 40_000L);
    ResponseEntity<JsonNode> paid = api.as("officer-GD0303").postForEntity("/api/cases/" + luohu + "/payments",
        Map.of("amountFen", 25_000L, "receivedOn", today, "payer", "某某公司", "channel", "DEDUCTION"), JsonNode.class);
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode report = api.as("coordinator-GD03").getForObject(query, JsonNode.class);
    JsonNode after = line(report, "GD0303");
    assertThat(after.get("casesAccepted").asLong()).isEqualTo(before.get("casesAccepted").asLong() + 1);
    assertThat(after.get("claimedFen").asLong()).isEqualTo(before.get("claimedFen").asLong() + 100_000L);
    assertThat(after.get("recoveredFen").asLong()).isEqualTo(before.get("recoveredFen").asLong() + 25_000L);
    assertThat(after.get("substantiveProgress").asLong()).isEqualTo(before.get("substantiveProgress").asLong() + 1);
    assertThat(report.get("definitions").findValuesAsText("name")).contains("执行到位率", "执行完毕率", "实际执行率", "终本率");
    // the coordinator of 深圳中院 sees the courts under it, and no other province's
    assertThat(codes(report.get("courts"))).contains("GD03", "GD0303", "GD0305").doesNotContain("BJ0108", "GD");
  }

  @Test
  void aCourtOfficerSeesOnlyTheirCourt() {
    open("GD0305", 1_000L);
    JsonNode kpis = api.as("officer-GD0303").getForObject("/api/stats/kpis", JsonNode.class);
    assertThat(codes(kpis.get("courts"))).containsExactly("GD0303");

    JsonNode counts = api.as("officer-GD0303").getForObject("/api/stats/cases", JsonNode.class);
    assertThat(counts.get("byCourt").findValuesAsText("key")).allMatch("GD0303"::equals);

    JsonNode limits = api.as("officer-GD0303").getForObject("/api/stats/deadlines/limits", JsonNode.class);
    assertThat(limits.get("cases").findValuesAsText("executingCourtCode")).allMatch("GD0303"::equals);
    assertThat(api.as("officer-GD0303").getForEntity("/api/stats/deadlines/measures", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> other = api.as("officer-GD0303").getForEntity("/api/stats/kpis?court=GD0305", JsonNode.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody().get("errors").findValuesAsText("field")).containsExactly("court");

    JsonNode all = api.as("manager").getForObject("/api/stats/kpis", JsonNode.class);
    assertThat(codes(all.get("courts"))).contains("GD0303", "GD0305", "BJ0108");
  }

  @Test
  void badFiltersAreAllNamedAtOnce() {
    ResponseEntity<JsonNode> bad = api.as("manager").getForEntity(
        "/api/stats/cases?category=NOPE&mode=FAST&status=DONE&from=2026-13-01&court=XX99", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("category", "mode", "status", "from", "court");

    ResponseEntity<JsonNode> backwards = api.as("manager").getForEntity("/api/stats/kpis?from=2026-03-01&to=2026-02-01", JsonNode.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().get("errors").findValuesAsText("field")).containsExactly("to");
  }

  @Test
  void everyEndpointAnswersCsvWithTheBomAndXlsx() throws Exception {
    open("GD0303", 5_000L);
    for (String path : List.of("/api/stats/cases", "/api/stats/cases/monthly", "/api/stats/kpis", "/api/stats/deadlines/limits",
        "/api/stats/deadlines/measures")) {
      ResponseEntity<byte[]> csv = api.as("officer-GD0303").getForEntity(path + "?format=csv", byte[].class);
      assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
      assertThat(csv.getBody()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
    HttpHeaders accept = new HttpHeaders();
    accept.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<byte[]> kpis = api.as("officer-GD0303").exchange("/api/stats/kpis", HttpMethod.GET, new HttpEntity<>(accept), byte[].class);
    String text = new String(kpis.getBody(), 3, kpis.getBody().length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("法院代码,法院,受理案件数").contains("\r\nGD0303,");

    ResponseEntity<byte[]> xlsx = api.as("officer-GD0303").getForEntity("/api/stats/kpis?format=xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("受理案件数");
      assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("GD0303");
      assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isPositive();
    }
    assertThat(api.as("officer-GD0303").getForEntity("/api/stats/kpis?format=pdf", JsonNode.class).getBody()
        .get("errors").findValuesAsText("field")).containsExactly("format");
  }

  @Test
  void thePageItsChartsAndTheApiDocsAreServed() {
    ResponseEntity<String> page = api.as("manager").getForEntity("/dashboard", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("执行指挥", "/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(api.as("manager").getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.as("manager").getForObject("/v3/api-docs", String.class))
        .contains("/api/stats/kpis", "/api/stats/cases/monthly", "/api/stats/deadlines/limits");
    assertThat(api.anonymous().getForEntity("/api/stats/kpis", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String open(String executingCourt, long claimedFen) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), "（2026）粤执" + id.substring(0, 6) + "号", "PASSIVE_RISK",
        "DIRECTED", "GD03", executingCourt, "GD0304", LocalDate.of(2025, 3, 1), claimedFen,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executingCourt, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0304", "ORIGINAL")),
        "coordinator-GD03", null));
    return id;
  }

  private static JsonNode line(JsonNode report, String court) {
    return StreamSupport.stream(report.get("courts").spliterator(), false)
        .filter(c -> court.equals(c.get("courtCode").asText())).findFirst().orElseThrow();
  }

  private static List<String> codes(JsonNode courts) {
    return courts.findValuesAsText("courtCode");
  }
}
