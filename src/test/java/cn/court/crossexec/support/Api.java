package cn.court.crossexec.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** HTTP clients for the running test application, one per demo user. */
@Component
public class Api {

  public static final String DEMO_PASSWORD = "demo";
  private final String baseUrl;

  public Api(Environment environment) {
    this.baseUrl = "http://localhost:" + environment.getProperty("server.port");
  }

  public TestRestTemplate as(String userId) {
    return anonymous().withBasicAuth(userId, DEMO_PASSWORD);
  }

  public TestRestTemplate anonymous() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(baseUrl));
  }

  public String url(String path) {
    return baseUrl + path;
  }
}
