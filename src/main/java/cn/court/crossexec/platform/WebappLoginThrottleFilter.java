package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same {@link LoginThrottle} for the login form of Tasklist, Cockpit and Admin
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}), which checks passwords itself: a throttled
 * address gets 429 with a Chinese message before the password is looked at; the webapp's answer (200 or 401) is
 * counted as success or failure.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final ObjectMapper mapper;

  WebappLoginThrottleFilter(LoginThrottle throttle, ObjectMapper mapper) {
    this.throttle = throttle;
    this.mapper = mapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest cached = new CachedBodyRequest(request);
    String account = formField(new String(cached.body(), StandardCharsets.UTF_8), "username");
    String address = request.getRemoteAddr();
    var wait = throttle.waitBefore(address, account);
    if (wait.isPresent()) {
      LoginThrottledException throttled = new LoginThrottledException(wait.get());
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      mapper.writeValue(
          response.getOutputStream(),
          Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.LOGIN_THROTTLED, "登录尝试过于频繁", throttled.message()));
      return;
    }
    chain.doFilter(cached, response);
    if (response.getStatus() == HttpStatus.OK.value()) {
      throttle.succeeded(address, account);
    } else if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(address, account);
    }
  }

  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
