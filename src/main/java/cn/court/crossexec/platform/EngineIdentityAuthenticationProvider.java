package cn.court.crossexec.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so that the product's API,
 * /engine-rest, Tasklist and Cockpit share one set of users and groups. Each group becomes an authority
 * {@code GROUP_<groupId>}. Wrong passwords are slowed per source address and account ({@link LoginThrottle}).
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    var wait = throttle.waitBefore(address, userId);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(address, userId);
      throw new BadCredentialsException("Bad credentials");
    }
    throttle.succeeded(address, userId);
    List<SimpleGrantedAuthority> authorities =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
