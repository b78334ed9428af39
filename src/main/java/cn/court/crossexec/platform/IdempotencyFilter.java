package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the product's API that carries an {@code Idempotency-Key} happens once, also when its twins arrive at the
 * same moment. The first request claims the key (a pending row, committed at once; the primary key lets only one
 * claim win); the request and the record of its response then commit in one transaction (the engine joins Spring's
 * transaction), so a repeat returns the first response, and a request that fails leaves neither and frees the key.
 * A twin that finds the key claimed waits (bounded) for the first one's answer and replays it; if the first is still
 * running after that it gets 409 and may send again. A claim left by a crashed process is freed after
 * {@link #ABANDONED_AFTER}. The same key with another body is refused with 422.
 */
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
  private static final Duration TWIN_WAIT = Duration.ofSeconds(15);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotentRequestRepository records;
  private final TransactionTemplate transaction;
  private final TransactionTemplate ownTransaction;
  private final ObjectMapper mapper;

  IdempotencyFilter(IdempotentRequestRepository records, TransactionTemplate transaction, ObjectMapper mapper) {
    this.records = records;
    this.transaction = transaction;
    this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mapper = mapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<CurrentUser> user = CurrentUser.fromSecurityContext();
    String key = request.getHeader(HEADER).trim();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isEmpty() || key.length() > 200) {
      writeProblem(response, Problems.validation(java.util.List.of(FieldError.of(HEADER, "长度应为 1 到 200 个字符"))));
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    String hash = fingerprint(request.getMethod(), request.getRequestURI(), cached.body());
    IdempotentRequest.Key id = new IdempotentRequest.Key(user.get().userId(), key);

    while (!claim(id, cached, hash)) {
      if (awaitTwin(id, hash, response)) {
        return;
      }
      // the twin holding the key failed and freed it: this request runs on its own
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    boolean committed = false;
    try {
      committed =
          Boolean.TRUE.equals(
              transaction.execute(
                  status -> {
                    try {
                      chain.doFilter(cached, buffered);
                    } catch (IOException | ServletException e) {
                      throw new IllegalStateException(e);
                    }
                    if (buffered.getStatus() >= 200 && buffered.getStatus() < 300) {
                      IdempotentRequest claimed = records.findById(id).orElseThrow();
                      claimed.answer(
                          buffered.getStatus(),
                          buffered.getContentType(),
                          buffered.getHeader(HttpHeaders.LOCATION),
                          new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8));
                      records.saveAndFlush(claimed);
                      return true;
                    }
                    status.setRollbackOnly();
                    return false;
                  }));
    } catch (RuntimeException e) {
      // The whole request is undone: drop the success the controller had buffered, status and headers too.
      log.error("Request with Idempotency-Key {} rolled back", key, e);
      buffered.resetBuffer();
      response.reset();
      writeProblem(response, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "服务器内部错误", "请求未能完成，未作任何修改。"));
      return;
    } finally {
      if (!committed) {
        release(id, OffsetDateTime.now().plusYears(1)); // a refused or failed request does not use up its key
      }
    }
    buffered.copyBodyToResponse();
  }

  /** Claims the key for this request; false when another request holds or has answered it. */
  private boolean claim(IdempotentRequest.Key id, HttpServletRequest request, String hash) {
    release(id, OffsetDateTime.now().minus(ABANDONED_AFTER));
    try {
      ownTransaction.executeWithoutResult(
          status ->
              records.saveAndFlush(
                  new IdempotentRequest(id, request.getMethod(), request.getRequestURI(), hash,
                      IdempotentRequest.PENDING, null, null, null, OffsetDateTime.now())));
      return true;
    } catch (DataIntegrityViolationException e) {
      return false;
    }
  }

  private void release(IdempotentRequest.Key id, OffsetDateTime claimedBefore) {
    ownTransaction.executeWithoutResult(status -> records.releaseClaim(id, claimedBefore));
  }

  /**
   * Waits (bounded) for the request holding the key to answer, and replays that answer; true when this request has
   * been answered, false when the key was freed (the other request failed) and may be claimed again.
   */
  private boolean awaitTwin(IdempotentRequest.Key id, String hash, HttpServletResponse response) throws IOException {
    long deadline = System.nanoTime() + TWIN_WAIT.toNanos();
    long pause = 20;
    while (true) {
      Optional<IdempotentRequest> earlier = ownTransaction.execute(status -> records.findById(id));
      if (earlier.isEmpty()) {
        return false;
      }
      if (!earlier.get().pending() || !earlier.get().requestHash().equals(hash)) {
        replay(earlier.get(), hash, response); // the first answer, or 422 at once for another body under the key
        return true;
      }
      if (System.nanoTime() > deadline) {
        writeProblem(response, Problems.of(HttpStatus.CONFLICT, Problems.IDEMPOTENCY, "请求正在处理中",
            "使用同一 Idempotency-Key 的请求仍在处理，请稍后用同一键重新发送。"));
        return true;
      }
      try {
        Thread.sleep(pause); // waiting on another request's transaction, not a test: bounded by TWIN_WAIT
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
      pause = Math.min(pause * 2, 250);
    }
  }

  private void replay(IdempotentRequest earlier, String hash, HttpServletResponse response) throws IOException {
    if (!earlier.requestHash().equals(hash)) {
      ProblemDetail problem =
          Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, Problems.IDEMPOTENCY, "幂等键已被使用",
              "该 Idempotency-Key 已用于另一个不同的请求，请使用新的键。");
      writeProblem(response, problem);
      return;
    }
    response.setStatus(earlier.status());
    response.setHeader(REPLAYED_HEADER, "true");
    if (earlier.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, earlier.location());
    }
    if (earlier.contentType() != null) {
      response.setContentType(earlier.contentType());
    }
    if (earlier.body() != null) {
      response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), problem);
  }

  static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(method.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
