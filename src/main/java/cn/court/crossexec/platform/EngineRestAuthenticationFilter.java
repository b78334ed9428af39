package cn.court.crossexec.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the caller that Spring Security authenticated to the engine for one /engine-rest request, so that the
 * engine's authorization checks apply to them (an officer sees only their court's tasks). Cleared afterwards,
 * because the engine keeps it per thread.
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineRestAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var user = CurrentUser.fromSecurityContext();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(user.get().userId(), user.get().groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
