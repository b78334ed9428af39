package cn.court.crossexec.platform;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with the product's problem types and Chinese titles. */
public final class Problems {

  public static final URI VALIDATION = URI.create("/problems/validation");
  public static final URI NOT_FOUND = URI.create("/problems/not-found");
  public static final URI CONFLICT = URI.create("/problems/conflict");
  public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
  public static final URI FORBIDDEN = URI.create("/problems/forbidden");
  public static final URI LOGIN_THROTTLED = URI.create("/problems/login-throttled");
  public static final URI IDEMPOTENCY = URI.create("/problems/idempotency-key");
  public static final URI INTERNAL = URI.create("/problems/internal");

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail validation(List<FieldError> errors) {
    ProblemDetail problem =
        of(HttpStatus.BAD_REQUEST, VALIDATION, "请求参数校验失败", "请求中有 " + errors.size() + " 处错误，未作任何修改。");
    problem.setProperty("errors", errors);
    return problem;
  }
}
