package cn.court.crossexec.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import cn.court.crossexec.support.SourceAddressBrowser;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running application serves the project's Tasklist configuration, locale and styles, not the vendor's (to a
 * browser that has signed in: the webapps are behind the one sign-in).
 */
@IntegrationTest
class TasklistCustomizationIT {

  @Autowired Api api;
  private SourceAddressBrowser browser;

  @BeforeEach
  void signIn() throws IOException {
    browser = new SourceAddressBrowser("127.0.0.1", URI.create(api.url("")).getPort());
    assertThat(browser.signIn("officer-GD0305", Api.DEMO_PASSWORD).location()).doesNotContain("/login");
  }

  @Test
  void tasklistSpeaksChineseAndCarriesTheProductName() throws IOException {
    // JavaScript modules are always read as UTF-8 by browsers (the test client reads every body as UTF-8)
    var config = browser.get("/camunda/app/tasklist/scripts/config.js");
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("availableLocales: ['zh']").contains("交叉执行协同平台");

    var locale = browser.get("/camunda/app/tasklist/locales/zh.json");
    assertThat(locale.statusCode()).isEqualTo(200);
    assertThat(locale.body()).contains("\"CLAIM_TASK\": \"认领\"");
  }

  @Test
  void vendorMigrationBannerIsHidden() throws IOException {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      var styles = browser.get("/camunda/app/" + app + "/styles/user-styles.css");
      assertThat(styles.body()).as(app).contains(".ce-eol-banner { display: none !important; }");
    }
  }

  @Test
  void tasklistPageIsServed() throws IOException {
    var page = browser.get("/camunda/app/tasklist/default/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("camunda-tasklist-bootstrap.js");
  }
}
