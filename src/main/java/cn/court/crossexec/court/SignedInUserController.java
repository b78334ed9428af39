package cn.court.crossexec.court;

import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for the navigation bar of the product's pages: name, courts (from the engine groups), groups, and
 * the webapps they may open.
 */
@RestController
@ConditionalOnEngine
@Tag(name = "法院目录", description = "Court directory and hierarchy")
class SignedInUserController {

  /** The webapps the navigation bar links to, by their application id. */
  private static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final CourtService courts;

  SignedInUserController(IdentityService identity, AuthorizationService authorizations, CourtService courts) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.courts = courts;
  }

  @GetMapping("/api/me")
  @Operation(summary = "当前登录用户：姓名、所属法院与用户组")
  SignedInUser me() {
    CurrentUser caller = CurrentUser.require();
    User user = identity.createUserQuery().userId(caller.userId()).singleResult();
    String name = user == null ? caller.userId() : join(user.getFirstName(), user.getLastName(), caller.userId());
    List<CourtRef> own =
        Groups.courtsOf(caller.groupIds()).stream().sorted()
            .flatMap(code -> courts.find(code).stream())
            .map(c -> new CourtRef(c.code(), c.name()))
            .toList();
    // The same check the webapps make (APPLICATION ACCESS), so the bar links only to what will open.
    List<String> apps =
        WEBAPPS.stream()
            .filter(app -> authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), Permissions.ACCESS, Resources.APPLICATION, app))
            .toList();
    return new SignedInUser(caller.userId(), name, own, caller.groupIds().stream().sorted().toList(), apps);
  }

  private static String join(String first, String last, String fallback) {
    String name = (first == null ? "" : first) + (last == null ? "" : last);
    return name.isBlank() ? fallback : name;
  }

  @Schema(description = "当前登录用户")
  record SignedInUser(
      @Schema(example = "officer-GD0305") String id,
      @Schema(description = "姓名", example = "深圳市南山区人民法院执行干警") String name,
      @Schema(description = "所属法院（执行干警、协调员、院长所在法院；领导与系统账户为空）") List<CourtRef> courts,
      @Schema(description = "引擎用户组", example = "[\"court-GD0305\"]") List<String> groups,
      @Schema(description = "可使用的流程应用（tasklist 任务中心、cockpit 流程监控、admin 系统管理）", example = "[\"tasklist\"]")
          List<String> webapps) {}

  @Schema(description = "法院")
  record CourtRef(@Schema(example = "GD0305") String code, @Schema(example = "深圳市南山区人民法院") String name) {}
}
