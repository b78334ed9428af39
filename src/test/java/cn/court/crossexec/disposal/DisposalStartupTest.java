package cn.court.crossexec.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** An unlawful disposal setting stops the application from starting; a lawful one gives working rules. */
class DisposalStartupTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(DisposalProperties.class)
  @Import(AuctionRules.class)
  static class DisposalConfig {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DisposalConfig.class);

  @Test
  void aStartingPriceRatioBelowSeventyPercentRefusesToStart() {
    runner.withPropertyValues("crossexec.disposal.min-starting-price-ratio=0.69").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("crossexec.disposal.min-starting-price-ratio")
          .hasMessageContaining("art. 10");
    });
  }

  @Test
  void theShippedConfigurationIsLawfulAndIsTheLawsOwnLimits() throws Exception {
    List<PropertySource<?>> shipped =
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
    runner.withInitializer(context -> shipped.forEach(context.getEnvironment().getPropertySources()::addFirst))
        .run(context -> {
          assertThat(context).hasNotFailed();
          // the section is there (not merely absent and defaulted)
          assertThat(context.getEnvironment().getProperty("crossexec.disposal.reauction-period")).isEqualTo("P30D");
          assertThat(context.getBean(DisposalProperties.class)).isEqualTo(new DisposalProperties(
              null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        });
  }

  @Test
  void aLawfulSettingStartsAndTheRulesUseIt() {
    runner.withPropertyValues("crossexec.disposal.min-starting-price-ratio=0.80").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(AuctionRules.class).minFirstStartingPrice(1_000_000)).isEqualTo(800_000);
    });
  }
}
