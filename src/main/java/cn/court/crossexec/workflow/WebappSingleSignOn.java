package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.ConditionalOnEngine;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin take the user who signed in on the product's login page: Camunda's container-based
 * authentication reads the request's principal, which Spring Security's chain has set from the shared session
 * ({@code request.getUserPrincipal()}), and records it as the webapps' own authentication in that session. The webapps
 * load the user's groups, tenants and application permissions from the engine themselves, so the engine's
 * authorizations apply as before. Here, not in platform, because both classes are Camunda internals ({@code impl}).
 */
@Configuration
@ConditionalOnEngine
class WebappSingleSignOn {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    // After Spring Security's chain (order -100), which puts the signed-in user on the request.
    registration.setOrder(101);
    return registration;
  }
}
