package cn.court.crossexec.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a sign-in on the login page goes (log lines record who signed in or out, from where; the log's time says
 * when). A failed one goes back to the page with what to tell the person (the page shows it in
 * Chinese): {@code ?error} for a wrong user name or password, {@code ?throttled=<seconds>} when this address must wait
 * before trying this account again, {@code ?expired} when the form's CSRF token is stale (the page was open too long).
 */
final class FormLoginOutcomes {

  private static final Logger log = LoggerFactory.getLogger(FormLoginOutcomes.class);

  private final String loginPage;
  private final RequestMatcher loginForm;

  FormLoginOutcomes(String loginPage, RequestMatcher loginForm) {
    this.loginPage = loginPage;
    this.loginForm = loginForm;
  }

  /** Back to the page asked for (or the start page); who signed in, from where and when goes to the log. */
  AuthenticationSuccessHandler success(RequestCache pagesAskedFor) {
    SavedRequestAwareAuthenticationSuccessHandler toPageAskedFor = new SavedRequestAwareAuthenticationSuccessHandler();
    toPageAskedFor.setRequestCache(pagesAskedFor);
    return (request, response, authentication) -> {
      log.info("Signed in: user {} from {}", authentication.getName(), request.getRemoteAddr());
      toPageAskedFor.onAuthenticationSuccess(request, response, authentication);
    };
  }

  AuthenticationFailureHandler failure() {
    return (request, response, ex) -> {
      String user = forLog(request.getParameter("username"));
      if (ex instanceof LoginThrottledException throttled) {
        log.warn("Sign-in held back: user {} from {} must wait {} s", user, request.getRemoteAddr(), throttled.retryAfterSeconds());
        response.sendRedirect(request.getContextPath() + loginPage + "?throttled=" + throttled.retryAfterSeconds());
        return;
      }
      log.info("Sign-in refused: user {} from {}", user, request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + loginPage + "?error");
    };
  }

  /** A name someone typed, safe for one log line (no line breaks or other control characters, not too long). */
  private static String forLog(String typed) {
    if (typed == null) {
      return "";
    }
    String clean = typed.replaceAll("\\p{Cntrl}", "_");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }

  /** Who signed out, from where and when, to the log. */
  LogoutHandler logged() {
    return (request, response, authentication) -> {
      if (authentication != null) {
        log.info("Signed out: user {} from {}", authentication.getName(), request.getRemoteAddr());
      }
    };
  }

  /** A login form without a valid token goes back to a fresh login page; every other refusal is a 403 problem. */
  AccessDeniedHandler csrfOnLogin(AccessDeniedHandler otherwise) {
    return (request, response, ex) -> {
      if (ex instanceof CsrfException && loginForm.matches(request)) {
        response.sendRedirect(request.getContextPath() + loginPage + "?expired");
        return;
      }
      otherwise.handle(request, response, ex);
    };
  }
}
