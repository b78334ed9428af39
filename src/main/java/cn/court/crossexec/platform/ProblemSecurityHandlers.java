package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem details, with the Basic challenge so that browsers and curl know what to send. */
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
      response.setHeader("WWW-Authenticate", "Basic realm=\"crossexec\", charset=\"UTF-8\"");
      if (ex instanceof org.springframework.security.authentication.BadCredentialsException) {
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "用户名或密码错误", "用户名或密码错误，请检查后重试。"));
        return;
      }
      write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "未登录", "请提供有效的用户名和密码。"));
    };
  }

  AccessDeniedHandler accessDenied() {
    return (request, response, ex) ->
        write(response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "无权访问", "当前用户无权执行此操作。"));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), problem);
  }
}
