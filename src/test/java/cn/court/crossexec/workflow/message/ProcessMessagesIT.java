package cn.court.crossexec.workflow.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable process messages against the real engine (test model {@code test-message}: a timer first, then a wait
 * for message TestMessageArrived): a message that comes before the wait is held and delivered when the process waits;
 * a rolled-back change leaves none; one whose after-commit delivery was lost (a crash) is delivered by the poller;
 * two deliverers at once correlate once; one that can never be delivered is shown to managers and can be sent again.
 */
@IntegrationTest
class ProcessMessagesIT {

  private static final String MESSAGE = "TestMessageArrived";

  @Autowired ProcessMessages messages;
  @Autowired ProcessMessageStore store;
  @Autowired ProcessMessageDelivery delivery;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  @Autowired Api api;

  @Test
  void aMessageThatComesBeforeItsProcessWaitsIsHeldAndDeliveredOnceWhenItWaits() {
    String key = "held-" + UUID.randomUUID();
    String instance = runtime.startProcessInstanceByKey("test-message", key).getId();

    long id = new TransactionTemplate(transactions).execute(tx -> messages.send(
        ProcessMessage.to(MESSAGE, key).withVariables(Map.of("note", "已到达", "count", 5L)).describedAs("测试消息")));

    // tried right after commit: nobody waits yet, so it is held for the next try, not dropped
    ProcessMessageStore.Stored held = store.find(id).orElseThrow();
    assertThat(held.state()).isEqualTo(ProcessMessageState.PENDING);
    assertThat(held.attempts()).isEqualTo(1);
    assertThat(held.lastError()).isEqualTo(ProcessMessageDelivery.NOBODY_WAITING);
    assertThat(held.nextAttemptAt()).isAfter(held.createdAt());
    assertThat(held.createdBy()).isEqualTo("system");

    // the process gets to its wait: the poller's next try delivers the message
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    await().atMost(Duration.ofSeconds(20)).until(() -> store.find(id).orElseThrow().state() == ProcessMessageState.DELIVERED);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Catch_TestMessage")
        .finished().count()).isEqualTo(1);
    var count = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("count").singleResult();
    assertThat(count.getValue()).isEqualTo(5L); // the variable keeps its type through the table
    assertThat(store.find(id).orElseThrow().finishedBy()).isEqualTo("system");
    assertThat(store.find(id).orElseThrow().attempts()).isGreaterThanOrEqualTo(2);

    // a later try changes nothing: delivered once
    assertThat(delivery.deliver(id)).contains(ProcessMessageState.DELIVERED);
  }

  @Test
  void aRolledBackChangeLeavesNoMessage() {
    String key = "rolled-back-" + UUID.randomUUID();
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      messages.send(ProcessMessage.to(MESSAGE, key));
      tx.setRollbackOnly();
    });
    assertThat(store.list(null, key, 10)).isEmpty();
  }

  @Test
  void aMessageWhoseDeliveryWasLostWithTheProcessMemoryIsDeliveredByThePollerExactlyOnce() {
    String key = "crash-" + UUID.randomUUID();
    String instance = runtime.startProcessInstanceByKey("test-message", key).getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("Catch_TestMessage");

    // what the business transaction committed, while its after-commit delivery (memory only) never ran: a crash
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = new TransactionTemplate(transactions).execute(tx -> store.insert(
        ProcessMessage.to(MESSAGE, key).withVariables(Map.of("note", "崩溃前已提交")), "system", now, now, now.plusHours(1)));

    // two deliverers at once (the poller after restart and another node's poller): one correlation in effect
    var first = CompletableFuture.supplyAsync(() -> delivery.deliver(id));
    var second = CompletableFuture.supplyAsync(() -> delivery.deliver(id));
    assertThat(List.of(first.join(), second.join())).allSatisfy(s -> assertThat(s).contains(ProcessMessageState.DELIVERED));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Catch_TestMessage")
        .finished().count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aDeliveryThatFailsIsTriedAgainWithBackoffAndThenShownAsUndeliverable() {
    String key = "failing-" + UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    // a start of a process that is not deployed: the engine refuses it on every try
    long id = new TransactionTemplate(transactions).execute(tx -> store.insert(
        ProcessMessage.start("no-such-process", key, Map.of(), null), "system", now, now, now.plusSeconds(3)));
    assertThat(delivery.deliver(id)).contains(ProcessMessageState.PENDING);
    ProcessMessageStore.Stored retried = store.find(id).orElseThrow();
    assertThat(retried.attempts()).isEqualTo(1);
    assertThat(retried.lastError()).startsWith("送达失败").contains("no-such-process");
    assertThat(retried.nextAttemptAt()).isAfter(now);

    // the poller keeps trying (1 s, then 2 s later); after the hold period it gives up and says why
    await().atMost(Duration.ofSeconds(20)).until(() -> store.find(id).orElseThrow().state() == ProcessMessageState.UNDELIVERABLE);
    ProcessMessageStore.Stored gaveUp = store.find(id).orElseThrow();
    assertThat(gaveUp.attempts()).isGreaterThanOrEqualTo(2);
    assertThat(gaveUp.lastError()).startsWith("送达失败");
    assertThat(gaveUp.finishedAt()).isNotNull();
    assertThat(gaveUp.finishedBy()).isEqualTo("system");
  }

  @Test
  void aMessageThatCanNeverBeDeliveredIsShownToManagersAndCanBeSentAgain() {
    String key = "undeliverable-" + UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    // held for no time at all: the first try that finds nobody waiting gives up
    long id = new TransactionTemplate(transactions).execute(tx -> store.insert(
        ProcessMessage.to(MESSAGE, key).describedAs("测试消息（无流程）"), "system", now, now, now));
    assertThat(delivery.deliver(id)).contains(ProcessMessageState.UNDELIVERABLE);

    JsonNode listed = api.as("manager").getForObject("/api/process-messages?state=UNDELIVERABLE&caseId=" + key, JsonNode.class);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(listed.get(0).get("stateText").asText()).isEqualTo("无法送达，需人工处理");
    assertThat(listed.get(0).get("explanation").asText()).contains("测试消息（无流程）").contains("无法送达").contains(key);
    assertThat(api.as("manager").getForObject("/api/process-messages/summary", JsonNode.class).get("UNDELIVERABLE").asLong())
        .isGreaterThanOrEqualTo(1);

    // officers do not see it; a state that does not exist is a field error
    assertThat(api.as("officer-GD0305").getForEntity("/api/process-messages", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var bad = api.as("manager").getForEntity("/api/process-messages?state=LOST", JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactly("state");

    // repaired (the process now exists and waits): the manager sends it again, and it is delivered
    String instance = runtime.startProcessInstanceByKey("test-message", key).getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
    var resent = api.as("manager").postForEntity("/api/process-messages/" + id + "/redelivery", null, JsonNode.class);
    assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resent.getBody().get("state").asText()).isEqualTo("DELIVERED");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(api.as("manager").postForEntity("/api/process-messages/" + id + "/redelivery", null, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }
}
