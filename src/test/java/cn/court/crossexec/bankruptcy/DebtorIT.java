package cn.court.crossexec.bankruptcy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** GET /api/debtors/{uscc}: one debtor's cases at every court, seen by the courts that have one, 404 for the others. */
@IntegrationTest
class DebtorIT {

  static final String DEBTOR = "91350100M000100Y43";

  @Autowired EnforcementCaseService cases;
  @Autowired Api api;

  String shenzhen;
  String beijing;

  @BeforeEach
  void casesInTwoCourts() {
    shenzhen = open("（2024）粤0305执7001号", "GD03", "GD0303", "GD0305", 125_000_000L);
    beijing = open("（2024）京0108执7002号", "BJ01", "BJ0101", "BJ0108", 3_000_001L);
  }

  @Test
  void everyCourtWithACaseSeesEveryCaseAgainstTheDebtor() {
    for (String user : List.of("officer-GD0303", "officer-BJ0101", "coordinator-BJ01", "manager")) {
      var response = api.as(user).getForEntity("/api/debtors/" + DEBTOR, JsonNode.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      JsonNode debtor = response.getBody();
      assertThat(debtor.get("name").asText()).isEqualTo("深圳某某实业有限公司");
      assertThat(debtor.get("cases").findValuesAsText("caseId")).contains(shenzhen, beijing);
      JsonNode sz = caseOf(debtor, shenzhen);
      assertThat(sz.get("executingCourtCode").asText()).isEqualTo("GD0303");
      assertThat(sz.get("amountClaimedFen").asLong()).isEqualTo(125_000_000L);
      assertThat(sz.get("caseNumber").asText()).isEqualTo("（2024）粤0305执7001号");
      assertThat(caseOf(debtor, beijing).get("executingCourtCode").asText()).isEqualTo("BJ0101");
      assertThat(debtor.get("bankruptcyStatus").asText()).isEqualTo("NONE");
    }
  }

  @Test
  void aCourtWithoutACaseAgainstTheDebtorGets404AndSoDoesAnUnknownCode() {
    assertThat(api.as("officer-ZJ0102").getForEntity("/api/debtors/" + DEBTOR, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("manager").getForEntity("/api/debtors/91110000000000000X", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static JsonNode caseOf(JsonNode debtor, String caseId) {
    for (JsonNode c : debtor.get("cases")) {
      if (c.get("caseId").asText().equals(caseId)) {
        return c;
      }
    }
    throw new AssertionError("no case " + caseId);
  }

  private String open(String number, String centre, String executing, String original, long claimed) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), number, "PASSIVE_RISK", "DIRECTED", centre, executing,
        original, LocalDate.of(2024, 3, 1), claimed,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", DEBTOR)),
        List.of(new OpenCaseCommand.CourtInRole(centre, "COORDINATING"), new OpenCaseCommand.CourtInRole(executing, "EXECUTING"),
            new OpenCaseCommand.CourtInRole(original, "ORIGINAL")),
        "coordinator-" + centre, null));
    return id;
  }
}
