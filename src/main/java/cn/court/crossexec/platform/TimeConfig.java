package cn.court.crossexec.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in the courts' time zone, so that legal dates are China's dates. */
@Configuration
class TimeConfig {

  @Bean
  Clock clock(@Value("${crossexec.time-zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }

  /**
   * @PastOrPresent and its kin judge "today" by the courts' clock, not the server's zone: at 00:30 in Beijing a
   * server on UTC is still in yesterday, and a payment received today would be refused as "in the future".
   */
  @Bean
  org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer courtClockForValidation(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}
