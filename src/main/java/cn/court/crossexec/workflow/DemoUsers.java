package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.Groups;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, only under the {@code demo} profile: {@code coordinator-<code>} for each command centre,
 * {@code officer-<code>} and {@code president-<code>} for each court, {@code manager} and {@code applicant}, all with the demo password.
 */
@Component
@Profile("demo")
@ConditionalOnEngine
class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final CourtService courts;
  private final EngineAccess access;
  private final String password;

  DemoUsers(
      CourtService courts,
      IdentityService identity,
      AuthorizationService authorizations,
      @Value("${crossexec.demo.password}") String password) {
    this.courts = courts;
    this.access = new EngineAccess(identity, authorizations);
    this.password = password;
  }

  /** Called by {@link IdentitySetup} once the groups exist. */
  void create() {
    int created = 0;
    for (CourtView court : courts.findAll()) {
      if (access.ensureUser("officer-" + court.code(), court.name(), "执行干警", password)) {
        created++;
      }
      access.ensureMembership("officer-" + court.code(), Groups.court(court.code()));
      if (access.ensureUser("president-" + court.code(), court.name(), "院长", password)) {
        created++;
      }
      access.ensureMembership("president-" + court.code(), Groups.president(court.code()));
      if (court.hasCommandCentre()) {
        if (access.ensureUser("coordinator-" + court.code(), court.name() + "执行指挥中心", "协调员", password)) {
          created++;
        }
        access.ensureMembership("coordinator-" + court.code(), Groups.commandCentre(court.code()));
      }
    }
    if (access.ensureUser("manager", "执行局", "领导", password)) {
      created++;
    }
    access.ensureMembership("manager", Groups.MANAGERS);
    if (access.ensureUser("applicant", "申请执行人", "（演示）", password)) {
      created++;
    }
    access.ensureMembership("applicant", Groups.APPLICANTS);
    if (access.ensureUser("inquiry-system", "网络执行查控系统", "（模拟回调）", password)) {
      created++;
    }
    access.ensureMembership("inquiry-system", Groups.GATEWAYS);
    if (access.ensureUser("auction-platform", "网络司法拍卖平台", "（模拟回调）", password)) {
      created++;
    }
    access.ensureMembership("auction-platform", Groups.GATEWAYS);
    log.info("Demo users ready ({} created this start); password '{}'", created, "demo".equals(password) ? "demo" : "***");
  }
}
