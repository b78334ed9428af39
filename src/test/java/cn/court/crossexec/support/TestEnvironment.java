package cn.court.crossexec.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A free port for each test application (the in-process workers call the engine's REST API on it), and its own
 * H2 database unless SPRING_DATASOURCE_URL points the tests at PostgreSQL.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", freePort());
    if (System.getenv("SPRING_DATASOURCE_URL") == null) {
      properties.put("spring.datasource.url", h2InMemory());
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testEnvironment", properties));
  }

  public static String h2InMemory() {
    return "jdbc:h2:mem:crossexec-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
