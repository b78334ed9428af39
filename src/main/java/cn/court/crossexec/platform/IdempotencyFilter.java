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
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the product's API that carries an {@code Idempotency-Key} header happens once. The request and the
 * record of its response commit in one transaction (the engine joins Spring's transaction), so a repeat
 * returns the first response, and a request that fails leaves neither. The same key with another body is
 * refused with 422.
 */
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotentRequestRepository records;
  private final TransactionTemplate transaction;
  private final ObjectMapper mapper;

  IdempotencyFilter(IdempotentRequestRepository records, TransactionTemplate transaction, ObjectMapper mapper) {
    this.records = records;
    this.transaction = transaction;
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

    Optional<IdempotentRequest> earlier = records.findById(id);
    if (earlier.isPresent()) {
      replay(earlier.get(), hash, response);
      return;
    }

    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      transaction.executeWithoutResult(
          status -> {
            try {
              chain.doFilter(cached, buffered);
            } catch (IOException | ServletException e) {
              throw new IllegalStateException(e);
            }
            if (buffered.getStatus() >= 200 && buffered.getStatus() < 300) {
              records.saveAndFlush(record(id, cached, hash, buffered));
            } else {
              status.setRollbackOnly();
            }
          });
    } catch (RuntimeException e) {
      // The whole request is undone: drop the success the controller had buffered, status and headers too.
      log.error("Request with Idempotency-Key {} rolled back", key, e);
      buffered.resetBuffer();
      response.reset();
      Optional<IdempotentRequest> raced = records.findById(id);
      if (raced.isPresent()) {
        replay(raced.get(), hash, response); // a concurrent twin committed first
      } else {
        writeProblem(response, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "服务器内部错误", "请求未能完成，未作任何修改。"));
      }
      return;
    }
    buffered.copyBodyToResponse();
  }

  private IdempotentRequest record(IdempotentRequest.Key id, HttpServletRequest request, String hash,
      ContentCachingResponseWrapper response) {
    return new IdempotentRequest(
        id,
        request.getMethod(),
        request.getRequestURI(),
        hash,
        response.getStatus(),
        response.getContentType(),
        response.getHeader(HttpHeaders.LOCATION),
        new String(response.getContentAsByteArray(), StandardCharsets.UTF_8),
        OffsetDateTime.now());
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
