package cn.court.crossexec.workflow;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the workers' system account a random password for this run when none is configured and the engine
 * runs in this process: the in-process workers and the engine then share it, and nobody else knows it. A
 * separate worker process has no engine and must be given {@code CROSSEXEC_WORKER_PASSWORD}.
 */
public class WorkerCredentialsEnvironment implements EnvironmentPostProcessor {

  static final String PASSWORD = "crossexec.worker.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean engineHere = environment.getProperty("camunda.bpm.enabled", Boolean.class, true);
    String configured = environment.getProperty(PASSWORD);
    if (engineHere && (configured == null || configured.isBlank())) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      environment.getPropertySources().addFirst(new MapPropertySource("generatedWorkerPassword", Map.of(PASSWORD, generated)));
    }
  }
}
