package cn.court.crossexec.workflow.message;

import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.Groups;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers see the process messages (above all those that could not be delivered) and may send an undeliverable one
 * again once the cause is repaired: {@code GET /api/process-messages?state=UNDELIVERABLE[&caseId=...]},
 * {@code POST /api/process-messages/{id}/redelivery}.
 */
@ConditionalOnEngine
@RestController
@RequestMapping("/api/process-messages")
class ProcessMessageController {

  private static final String MANAGERS_AUTHORITY = "GROUP_" + Groups.MANAGERS;

  private final ProcessMessageStore store;
  private final ProcessMessageDelivery delivery;
  private final ProcessMessageProperties properties;
  private final Clock clock;

  ProcessMessageController(ProcessMessageStore store, ProcessMessageDelivery delivery, ProcessMessageProperties properties,
      Clock clock) {
    this.store = store;
    this.delivery = delivery;
    this.properties = properties;
    this.clock = clock;
  }

  /** One message as managers see it. */
  record View(long id, String kind, String name, String caseId, String description, ProcessMessageState state,
      String stateText, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime holdUntil, OffsetDateTime createdAt,
      String createdBy, OffsetDateTime finishedAt, String finishedBy, String lastError, String explanation) {

    static View of(ProcessMessageStore.Stored s) {
      return new View(s.id(), s.message().kind().name(), s.message().name(), s.message().businessKey(),
          s.message().description(), s.state(), s.state().label(), s.attempts(),
          s.state() == ProcessMessageState.PENDING ? s.nextAttemptAt() : null, s.holdUntil(), s.createdAt(), s.createdBy(),
          s.finishedAt(), s.finishedBy(), s.lastError(), explanation(s));
    }

    private static String explanation(ProcessMessageStore.Stored s) {
      String what = "“" + s.message().description() + "”" + (s.message().businessKey() == null ? "" : "（案件 " + s.message().businessKey() + "）");
      return switch (s.state()) {
        case PENDING -> what + "尚未送达流程，已尝试 " + s.attempts() + " 次，将自动重试至 " + s.holdUntil() + "。";
        case DELIVERED -> what + "已送达流程。";
        case NOT_AWAITED -> what + "送达时无流程等待，流程到达相应环节时从业务数据读取。";
        case UNDELIVERABLE -> what + "经 " + s.attempts() + " 次尝试仍无法送达流程（" + (s.lastError() == null ? "原因不明" : s.lastError())
            + "）。请核对案件流程状态，修复后可重新发送。";
      };
    }
  }

  @GetMapping
  List<View> list(@RequestParam(required = false) ProcessMessageState state, @RequestParam(required = false) String caseId) {
    requireManager();
    return store.list(state, caseId == null || caseId.isBlank() ? null : caseId.trim(), 500).stream().map(View::of).toList();
  }

  @GetMapping("/summary")
  Map<String, Long> summary() {
    requireManager();
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (ProcessMessageState state : ProcessMessageState.values()) {
      counts.put(state.name(), store.count(state));
    }
    return counts;
  }

  /** Sends an undeliverable message again (after the cause was repaired): pending now, held for another period. */
  @PostMapping("/{id}/redelivery")
  View redeliver(@PathVariable long id) {
    String manager = requireManager();
    ProcessMessageStore.Stored stored = store.find(id)
        .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, "未找到流程消息：" + id));
    if (stored.state() != ProcessMessageState.UNDELIVERABLE) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
          "只有无法送达的流程消息可以重新发送（当前：" + stored.state().label() + "）");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.reopen(id, now, now.plus(properties.holdFor()), manager);
    delivery.deliver(id);
    return View.of(store.find(id).orElseThrow());
  }

  private static String requireManager() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth.getAuthorities().stream().noneMatch(a -> MANAGERS_AUTHORITY.equals(a.getAuthority()))) {
      throw new AccessDeniedException("only managers see process messages");
    }
    return auth.getName();
  }
}
