package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains over one set of engine users.
 *
 * <p><b>API clients</b> (a request carrying HTTP Basic credentials, and every {@code /engine-rest} request): stateless
 * Basic authentication on each request, no session, no CSRF token (no cookie carries their identity, and a cross-site
 * page cannot attach an Authorization header).
 *
 * <p><b>Browsers</b> (everything else): one sign-in on the Chinese login page {@code /login} opens a session that the
 * product's pages and Tasklist, Cockpit and Admin share (the webapps read the signed-in user through Camunda's
 * container-based authentication, see {@code workflow.WebappSingleSignOn}). Session requests that change something need
 * the CSRF token of the cookie {@value #CSRF_COOKIE} (sent back as header {@value #CSRF_HEADER} or form field
 * {@code _csrf}); the webapps under /camunda keep their own CSRF protection and their own login form is closed. An
 * unauthenticated page request is sent to the login page; anything else gets a 401 problem.
 *
 * <p>Wrong passwords are slowed per source address and account ({@link LoginThrottle}) at both doors; the engine's own
 * lock-out is switched off (application.yaml), so no door can lock an officer out.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnEngine
class SecurityConfig {

  static final String LOGIN_PAGE = "/login";
  /** Not XSRF-TOKEN: that cookie belongs to the webapps' own CSRF filter. */
  static final String CSRF_COOKIE = "CROSSEXEC-XSRF";
  static final String CSRF_HEADER = "X-CSRF-TOKEN";

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final RequestMatcher WEBAPPS = PATHS.matcher("/camunda/**");
  private static final RequestMatcher ENGINE_REST = PATHS.matcher("/engine-rest/**");
  /**
   * The webapps' own login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): closed, there is one
   * sign-in for everything. Matched loosely (any POST under the path with /login in it), so that a trailing slash or
   * another spelling the webapps' router accepts does not reopen it.
   */
  private static final RequestMatcher WEBAPP_LOGIN =
      request -> "POST".equalsIgnoreCase(request.getMethod())
          && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/admin/auth/user/")
          && request.getRequestURI().contains("/login");
  private static final RequestMatcher LOGIN_FORM = PATHS.matcher(HttpMethod.POST, LOGIN_PAGE);
  private static final RequestMatcher NOT_PAGES =
      new OrRequestMatcher(
          PATHS.matcher("/api/**"), ENGINE_REST, PATHS.matcher("/camunda/api/**"), PATHS.matcher("/actuator/**"),
          PATHS.matcher("/v3/api-docs/**"));

  @Bean
  LoginThrottle loginThrottle(java.time.Clock clock) {
    return LoginThrottle.standard(clock);
  }

  @Bean
  AuthenticationManager authenticationManager(IdentityService identityService, LoginThrottle throttle) {
    return new ProviderManager(new EngineIdentityAuthenticationProvider(identityService, throttle));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiClients(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper mapper)
      throws Exception {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(mapper);
    http.securityMatcher(request -> ENGINE_REST.matches(request) || (carriesBasicCredentials(request) && !WEBAPPS.matches(request)))
        .authorizeHttpRequests(SecurityConfig::productRules)
        .authenticationManager(authenticationManager)
        .httpBasic(b -> b.authenticationEntryPoint(handlers.entryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers.entryPoint()).accessDeniedHandler(handlers.accessDenied()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browsers(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper mapper)
      throws Exception {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(mapper);
    FormLoginOutcomes outcomes = new FormLoginOutcomes(LOGIN_PAGE, LOGIN_FORM);

    // Only a page the person asked for is remembered for after the sign-in (never an API call, which would make one
    // anonymous request open a session).
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    requestCache.setRequestMatcher(SecurityConfig::isPageRequest);

    var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    entryPoints.put(SecurityConfig::isPageRequest, new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
    entryPoints.put(WEBAPP_LOGIN, handlers.webappLoginClosed());
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(handlers.entryPoint());

    // The token is a plain cookie value the page script reads (not HttpOnly) and sends back; loaded on every response
    // (no deferred token) so that the login page and the product's pages always have it.
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setHeaderName(CSRF_HEADER);
    tokens.setCookieCustomizer(c -> c.sameSite("Lax"));
    CsrfTokenRequestAttributeHandler tokenHandler = new CsrfTokenRequestAttributeHandler();
    tokenHandler.setCsrfRequestAttributeName(null);

    http.authorizeHttpRequests(
            a -> {
              a.requestMatchers(
                      PATHS.matcher(HttpMethod.GET, LOGIN_PAGE), PATHS.matcher("/login.html"),
                      PATHS.matcher("/scripts/login.js"), PATHS.matcher("/styles/site.css"))
                  .permitAll()
                  .requestMatchers(WEBAPP_LOGIN)
                  .denyAll()
                  // The webapps' API checks the webapps' own session authentication (filled from this sign-in).
                  .requestMatchers(PATHS.matcher("/camunda/api/**"))
                  .permitAll();
              productRules(a);
            })
        .authenticationManager(authenticationManager)
        .formLogin(
            f -> f.loginPage(LOGIN_PAGE).successHandler(outcomes.success(requestCache)).failureHandler(outcomes.failure()).permitAll())
        .logout(
            l -> l.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"))
                .addLogoutHandler(outcomes.logged())
                .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                .deleteCookies("JSESSIONID"))
        .requestCache(c -> c.requestCache(requestCache))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint)
                .defaultAccessDeniedHandlerFor(handlers.webappLoginClosedWhenSignedIn(), WEBAPP_LOGIN)
                .defaultAccessDeniedHandlerFor(outcomes.csrfOnLogin(handlers.accessDenied()), AnyRequestMatcher.INSTANCE))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
        .csrf(
            c -> c.csrfTokenRepository(tokens)
                .csrfTokenRequestHandler(tokenHandler)
                .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
        .headers(h -> h.frameOptions(f -> f.sameOrigin())
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                request -> !WEBAPPS.matches(request) && !SWAGGER_UI.matches(request),
                new StaticHeadersWriter(
                    "Content-Security-Policy", PAGES_CSP))));
    return http.build();
  }

  /**
   * The product's own pages load nothing from elsewhere and run no inline script (ECharts and the page scripts are
   * files served here): a script injected into a page cannot run. Inline styles stay allowed, because ECharts sets
   * them on the elements it draws. The webapps send their own policy; Swagger UI's page is left to springdoc.
   */
  static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
      + " form-action 'self'; frame-ancestors 'self'";

  private static final RequestMatcher SWAGGER_UI = PATHS.matcher("/swagger-ui/**");

  /** What both chains allow: the health probe and the public search open, metrics for managers, the rest signed in. */
  private static void productRules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
    a.requestMatchers(
            PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"), PATHS.matcher("/error"),
            PATHS.matcher("/favicon.ico"))
        .permitAll()
        // The public dishonest-debtor list: no login (rate-limited and masked by the credit capability).
        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/public/dishonest-debtors"))
        .permitAll()
        // Metrics and engine internals are for managers and administrators.
        .requestMatchers(PATHS.matcher("/actuator/**"))
        .hasAnyAuthority(
            EngineIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
            EngineIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
        .anyRequest()
        .authenticated();
  }

  static boolean carriesBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** A page a person opens in the browser (not a script's fetch or an API call). */
  static boolean isPageRequest(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return "GET".equals(request.getMethod())
        && accept != null
        && accept.contains("text/html")
        && !ProblemSecurityHandlers.isScriptRequest(request)
        && !NOT_PAGES.matches(request);
  }

  /**
   * A change through a session needs the token. A request without a session cannot ride on one, so an API client
   * without credentials gets its 401, not a CSRF refusal; the login form always needs it (no forced sign-in from another
   * site). The webapps check their own token.
   */
  static boolean needsCsrfToken(HttpServletRequest request) {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
      return false;
    }
    if (WEBAPPS.matches(request)) {
      return false;
    }
    return request.getRequestedSessionId() != null || LOGIN_FORM.matches(request);
  }

  @Bean
  FilterRegistrationBean<WebappLogoutFilter> webappLogout() {
    var registration = new FilterRegistrationBean<>(new WebappLogoutFilter());
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotency(
      IdempotentRequestRepository records, TransactionTemplate transaction, ObjectMapper mapper) {
    var registration = new FilterRegistrationBean<>(new IdempotencyFilter(records, transaction, mapper));
    registration.addUrlPatterns("/api/*");
    // After Spring Security's chain: a key belongs to the caller who sent it.
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*");
    // After Spring Security's chain (order -100), so the authenticated caller is known.
    registration.setOrder(0);
    return registration;
  }
}
