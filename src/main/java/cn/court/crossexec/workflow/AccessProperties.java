package cn.court.crossexec.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Accounts the platform itself needs: the workers' system account and the administrator. */
@ConfigurationProperties("crossexec")
public record AccessProperties(Account worker, Account admin) {

  public record Account(String username, String password) {
    public boolean hasPassword() {
      return password != null && !password.isBlank();
    }
  }
}
