package cn.court.crossexec.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request: their user id and engine groups. */
public record CurrentUser(String userId, List<String> groupIds) {

  public static Optional<CurrentUser> fromSecurityContext() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
      return Optional.empty();
    }
    List<String> groups =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(EngineIdentityAuthenticationProvider.GROUP_PREFIX))
            .map(a -> a.substring(EngineIdentityAuthenticationProvider.GROUP_PREFIX.length()))
            .toList();
    return Optional.of(new CurrentUser(auth.getName(), groups));
  }

  public static CurrentUser require() {
    return fromSecurityContext().orElseThrow(() -> new IllegalStateException("No authenticated user"));
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }
}
