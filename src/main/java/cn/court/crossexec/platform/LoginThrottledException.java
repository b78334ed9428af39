package cn.court.crossexec.platform;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this address for this account: it must wait before trying again. */
class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** What the person reads. */
  String message() {
    return "登录失败次数过多，请在 " + retryAfterSeconds() + " 秒后再试。账户未被锁定。";
  }
}
