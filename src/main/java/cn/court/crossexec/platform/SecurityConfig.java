package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains. The webapps (Tasklist, Cockpit, Admin under /camunda) keep their own login, sessions and
 * CSRF protection. Everything else (the product's API, /engine-rest, Actuator, API docs, the product's pages)
 * needs HTTP Basic credentials of an engine user, except the health probe; 401 and 403 are problem details.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnEngine
class SecurityConfig {

  @Bean
  LoginThrottle loginThrottle(java.time.Clock clock) {
    return LoginThrottle.standard(clock);
  }

  @Bean
  AuthenticationManager authenticationManager(IdentityService identityService, LoginThrottle throttle) {
    return new ProviderManager(new EngineIdentityAuthenticationProvider(identityService, throttle));
  }

  /** The webapps' own login form counts against the same throttle as HTTP Basic. */
  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle, ObjectMapper mapper) {
    var registration = new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle, mapper));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain webappsChain(HttpSecurity http) throws Exception {
    // A path pattern, not an MVC matcher: /camunda/api/* is served by the webapps' own servlet, not Spring MVC.
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // The webapps protect themselves with their own CSRF filter.
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiAndPages(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper mapper)
      throws Exception {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(mapper);
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/favicon.ico")
                    .permitAll()
                    // The public dishonest-debtor list: no login (rate-limited and masked by the credit capability).
                    .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/public/dishonest-debtors")
                    .permitAll()
                    // Metrics and engine internals are for managers and administrators.
                    .requestMatchers("/actuator/**")
                    .hasAnyAuthority(
                        EngineIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
                        EngineIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
                    .anyRequest()
                    .authenticated())
        .authenticationManager(authenticationManager)
        .httpBasic(b -> b.authenticationEntryPoint(handlers.entryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers.entryPoint()).accessDeniedHandler(handlers.accessDenied()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no session cookie, so no cross-site request can ride on one.
        .csrf(c -> c.disable());
    return http.build();
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
