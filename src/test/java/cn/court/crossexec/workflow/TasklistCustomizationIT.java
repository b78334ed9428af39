package cn.court.crossexec.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.support.Api;
import cn.court.crossexec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The running application serves the project's Tasklist configuration, locale and styles, not the vendor's. */
@IntegrationTest
class TasklistCustomizationIT {

  @Autowired Api api;

  @Test
  void tasklistSpeaksChineseAndCarriesTheProductName() {
    // JavaScript modules are always read as UTF-8 by browsers
    var config = api.anonymous().getForEntity("/camunda/app/tasklist/scripts/config.js", byte[].class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(config.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("availableLocales: ['zh']").contains("交叉执行协同平台");

    var locale = api.anonymous().getForEntity("/camunda/app/tasklist/locales/zh.json", byte[].class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(locale.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"CLAIM_TASK\": \"认领\"");
  }

  @Test
  void vendorMigrationBannerIsHidden() {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      var styles = api.anonymous().getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
      assertThat(styles.getBody()).as(app).contains(".ce-eol-banner { display: none !important; }");
    }
  }

  @Test
  void tasklistLoginPageIsServed() {
    var page = api.anonymous().getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("camunda-tasklist-bootstrap.js");
  }
}
