package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginThrottleTest {

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-02T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = LoginThrottle.standard(clock);

  @Test
  void theFirstWrongPasswordsAreNotDelayed() {
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
      throttle.failed("10.0.0.9", "officer-GD0305");
    }
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
  }

  @Test
  void furtherWrongPasswordsWaitLongerAndLongerUpToFiveMinutes() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.0.9", "officer-GD0305");
    }
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).contains(Duration.ofSeconds(15));
    clock.advance(Duration.ofSeconds(15));
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
    throttle.failed("10.0.0.9", "officer-GD0305");
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).contains(Duration.ofSeconds(30));
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofMinutes(5));
      throttle.failed("10.0.0.9", "officer-GD0305");
    }
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).contains(Duration.ofMinutes(5));
  }

  @Test
  void anAttackerCannotLockTheOfficerOutFromAnotherAddress() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("203.0.113.7", "officer-GD0305");
    }
    assertThat(throttle.waitBefore("203.0.113.7", "officer-GD0305")).isPresent();
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
  }

  @Test
  void theDelayIsTemporary() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("10.0.0.9", "officer-GD0305");
    }
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
  }

  @Test
  void theRightPasswordResetsThePair() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("10.0.0.9", "officer-GD0305");
    }
    throttle.succeeded("10.0.0.9", "officer-GD0305");
    throttle.failed("10.0.0.9", "officer-GD0305");
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
  }

  @Test
  void oneAddressGuessingAcrossManyAccountsIsHeldBack() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("203.0.113.7", "officer-X" + i);
    }
    assertThat(throttle.waitBefore("203.0.113.7", "officer-GD0305")).isPresent();
    assertThat(throttle.waitBefore("10.0.0.9", "officer-GD0305")).isEmpty();
  }

  @Test
  void theWebappLoginFormIsThrottledWithAChineseProblem() throws Exception {
    WebappLoginThrottleFilter filter = new WebappLoginThrottleFilter(throttle, new ObjectMapper());
    for (int i = 0; i < 5; i++) {
      MockHttpServletResponse refused = new MockHttpServletResponse();
      filter.doFilter(login("203.0.113.7", "officer-GD0305"), refused, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        @Override
        protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
          res.setStatus(401);
        }
      }));
      assertThat(refused.getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse throttled = new MockHttpServletResponse();
    MockFilterChain untouched = new MockFilterChain();
    filter.doFilter(login("203.0.113.7", "officer-GD0305"), throttled, untouched);
    assertThat(throttled.getStatus()).isEqualTo(429);
    assertThat(throttled.getHeader("Retry-After")).isEqualTo("15");
    assertThat(throttled.getContentAsString(StandardCharsets.UTF_8)).contains("登录失败次数过多").contains("账户未被锁定");
    assertThat(untouched.getRequest()).as("the password is not even checked").isNull();
    // the officer at their own desk logs in at once
    MockHttpServletResponse officer = new MockHttpServletResponse();
    filter.doFilter(login("10.0.0.9", "officer-GD0305"), officer, new MockFilterChain());
    assertThat(officer.getStatus()).isEqualTo(200);
  }

  private static MockHttpServletRequest login(String address, String user) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
    request.setRemoteAddr(address);
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent(("username=" + user + "&password=guess").getBytes(StandardCharsets.UTF_8));
    return request;
  }
}
