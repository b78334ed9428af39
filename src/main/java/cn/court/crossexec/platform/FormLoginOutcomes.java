package cn.court.crossexec.platform;

import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a failed sign-in on the login page goes: back to the page with what to tell the person (the page shows it in
 * Chinese): {@code ?error} for a wrong user name or password, {@code ?throttled=<seconds>} when this address must wait
 * before trying this account again, {@code ?expired} when the form's CSRF token is stale (the page was open too long).
 */
final class FormLoginOutcomes {

  private final String loginPage;
  private final RequestMatcher loginForm;

  FormLoginOutcomes(String loginPage, RequestMatcher loginForm) {
    this.loginPage = loginPage;
    this.loginForm = loginForm;
  }

  AuthenticationFailureHandler failure() {
    return (request, response, ex) -> {
      String query = ex instanceof LoginThrottledException throttled ? "?throttled=" + throttled.retryAfterSeconds() : "?error";
      response.sendRedirect(request.getContextPath() + loginPage + query);
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
