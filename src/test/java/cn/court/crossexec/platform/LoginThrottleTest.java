package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
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
  void theLoginPageIsToldToSayHowLongToWait() throws Exception {
    var outcomes = new FormLoginOutcomes("/login", request -> true);
    for (int i = 0; i < 5; i++) {
      throttle.failed("203.0.113.7", "officer-GD0305");
    }
    LoginThrottledException throttled = new LoginThrottledException(throttle.waitBefore("203.0.113.7", "officer-GD0305").orElseThrow());
    MockHttpServletResponse wait = new MockHttpServletResponse();
    outcomes.failure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), wait, throttled);
    assertThat(wait.getRedirectedUrl()).isEqualTo("/login?throttled=15");
    assertThat(throttled.message()).contains("15 秒后再试", "账户未被锁定");

    MockHttpServletResponse wrong = new MockHttpServletResponse();
    outcomes.failure().onAuthenticationFailure(
        new MockHttpServletRequest("POST", "/login"), wrong, new org.springframework.security.authentication.BadCredentialsException("x"));
    assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
  }
}
