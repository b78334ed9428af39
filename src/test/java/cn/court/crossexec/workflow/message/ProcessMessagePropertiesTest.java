package cn.court.crossexec.workflow.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Back-off of the process messages, and their variables' round trip through the table. */
class ProcessMessagePropertiesTest {

  private final ProcessMessageProperties properties =
      new ProcessMessageProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), 2.0, Duration.ofMinutes(10), Duration.ofHours(24), 3);

  @Test
  void triesAgainAfterGrowingDelaysNeverLongerThanTheMaximum() {
    assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(properties.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(properties.delayAfter(10)).isEqualTo(Duration.ofSeconds(512));
    assertThat(properties.delayAfter(11)).isEqualTo(Duration.ofMinutes(10));
    assertThat(properties.delayAfter(400)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void refusesABackoffThatShrinks() {
    assertThatThrownBy(() -> new ProcessMessageProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5,
        Duration.ofMinutes(1), Duration.ofHours(1), 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void variablesKeepTheirTypesThroughTheTable() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("caseId", "C-1");
    variables.put("count", 3);
    variables.put("measureId", 12L);
    variables.put("approved", true);
    variables.put("share", new BigDecimal("0.125"));
    variables.put("nothing", null);
    Map<String, Object> back = ProcessMessageStore.decode(ProcessMessageStore.encode(variables));
    assertThat(back).isEqualTo(variables);
    assertThat(back.get("count")).isInstanceOf(Integer.class);
    assertThat(back.get("measureId")).isInstanceOf(Long.class);
    assertThatThrownBy(() -> ProcessMessageStore.encode(Map.of("when", java.time.LocalDate.of(2026, 12, 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");
  }
}
