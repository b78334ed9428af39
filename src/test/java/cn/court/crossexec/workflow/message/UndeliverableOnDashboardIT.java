package cn.court.crossexec.workflow.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.enforcement.EnforcementCaseService;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The managers' dashboard counts an undeliverable process message for the court that executes its case and links it
 * to the messages list (GET /api/stats/operations). Here, in the messages' package, because only the store can record
 * a message held for no time at all, so that its first try gives up as a message held for 24 hours would.
 */
@IntegrationTest
class UndeliverableOnDashboardIT {

  @Autowired ProcessMessageStore store;
  @Autowired ProcessMessageDelivery delivery;
  @Autowired EnforcementCaseService cases;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  @Autowired Api api;

  @Test
  void anUndeliverableMessageIsCountedForItsCasesCourtAndLinkedToTheMessagesList() {
    String caseId = open("GD0306");
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = new TransactionTemplate(transactions).execute(tx -> store.insert(
        ProcessMessage.to("NoOneWaitsForThis", caseId).describedAs("测试消息：无人等待"), "system", now, now, now));
    assertThat(delivery.deliver(id)).contains(ProcessMessageState.UNDELIVERABLE);

    JsonNode ops = api.as("coordinator-GD03").getForObject("/api/stats/operations", JsonNode.class);
    JsonNode row = StreamSupport.stream(ops.get("messages").spliterator(), false)
        .filter(m -> m.get("messageId").asLong() == id).findFirst().orElseThrow();
    assertThat(row.get("caseId").asText()).isEqualTo(caseId);
    assertThat(row.get("courtCode").asText()).isEqualTo("GD0306");
    assertThat(row.get("description").asText()).isEqualTo("测试消息：无人等待");
    assertThat(row.get("link").asText()).isEqualTo("/api/process-messages?state=UNDELIVERABLE&caseId=" + caseId);
    assertThat(row.get("caseLink").asText()).isEqualTo("/cases/" + caseId);
    assertThat(StreamSupport.stream(ops.get("byCourt").spliterator(), false)
        .filter(c -> "GD0306".equals(c.get("courtCode").asText())).findFirst().orElseThrow()
        .get("undeliverableMessages").asLong()).isPositive();
    // the link shows the message to a manager
    assertThat(api.as("manager").getForObject(row.get("link").asText(), JsonNode.class).findValuesAsText("caseId"))
        .containsExactly(caseId);
    // another province's command centre does not see it
    assertThat(api.as("coordinator-BJ").getForObject("/api/stats/operations", JsonNode.class).get("messages")
        .findValuesAsText("caseId")).doesNotContain(caseId);
  }

  private String open(String executingCourt) {
    String id = UUID.randomUUID().toString();
    cases.open(new OpenCaseCommand(id, UUID.randomUUID().toString(), "（2026）粤执" + id.substring(0, 6) + "号", "PASSIVE_RISK",
        "DIRECTED", "GD03", executingCourt, "GD0304", LocalDate.of(2025, 3, 1), 10_000L,
        List.of(new OpenCaseCommand.Party("APPLICANT", "张三", "PERSON", "11010519491231002X"),
            new OpenCaseCommand.Party("DEBTOR", "深圳某某实业有限公司", "ENTERPRISE", "91350100M000100Y43")),
        List.of(new OpenCaseCommand.CourtInRole("GD03", "COORDINATING"), new OpenCaseCommand.CourtInRole(executingCourt, "EXECUTING"),
            new OpenCaseCommand.CourtInRole("GD0304", "ORIGINAL")),
        "coordinator-GD03", null));
    return id;
  }
}
