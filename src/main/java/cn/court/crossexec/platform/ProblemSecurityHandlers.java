package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as problem details. A 401 carries the Basic challenge so that curl and API clients know what to send,
 * except for a page script's fetch: there the browser would pop up its own password dialog instead of the login page.
 */
class ProblemSecurityHandlers {

  private final ObjectMapper mapper;

  ProblemSecurityHandlers(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  AuthenticationEntryPoint entryPoint() {
    return (request, response, ex) -> {
      if (ex instanceof LoginThrottledException throttled) {
        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
        write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.LOGIN_THROTTLED, "登录尝试过于频繁", throttled.message()));
        return;
      }
      if (!isScriptRequest(request)) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"crossexec\", charset=\"UTF-8\"");
      }
      if (ex instanceof org.springframework.security.authentication.BadCredentialsException) {
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "用户名或密码错误", "用户名或密码错误，请检查后重试。"));
        return;
      }
      write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "未登录", "请提供有效的用户名和密码。"));
    };
  }

  AccessDeniedHandler accessDenied() {
    return (request, response, ex) -> {
      if (ex instanceof CsrfException) {
        write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "请求已失效", "缺少有效的 CSRF 令牌，请刷新页面后重试。"));
        return;
      }
      write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "无权访问", "当前用户无权执行此操作。"));
    };
  }

  /** The webapps' own login form is closed: one sign-in, on the product's login page, for everything. */
  AuthenticationEntryPoint webappLoginClosed() {
    return (request, response, ex) -> writeWebappLoginClosed(response);
  }

  /** The same answer for someone already signed in. */
  AccessDeniedHandler webappLoginClosedWhenSignedIn() {
    return (request, response, ex) -> writeWebappLoginClosed(response);
  }

  private void writeWebappLoginClosed(HttpServletResponse response) throws IOException {
    write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "请在统一登录页登录",
        "请在 /login 登录；任务中心、流程监控与系统管理共用同一次登录。"));
  }

  /** A page script's fetch or XMLHttpRequest, as the browser marks it (not a navigation, not curl). */
  static boolean isScriptRequest(HttpServletRequest request) {
    String mode = request.getHeader("Sec-Fetch-Mode");
    return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        || (mode != null && !"navigate".equals(mode));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), problem);
  }
}
