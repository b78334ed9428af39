package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credit-platform simulator: a retried push (same key) publishes or withdraws once; a failing debtor is refused. */
class SimulatedCreditPlatformTest {

  private final SimulatedCreditPlatform platform =
      new SimulatedCreditPlatform(new CreditPlatformProperties(null, null, List.of("110105198001010032")));

  @Test
  void aRetriedPushPublishesOnceAndAnswersTheSame() {
    CreditEntry entry = entry("e-1", "440303199001011237");
    String first = platform.publish(entry, "e-1:PUBLISH:1");
    assertThat(platform.publish(entry, "e-1:PUBLISH:1")).isEqualTo(first);
    assertThat(platform.record("e-1").publications()).isEqualTo(1);
    assertThat(platform.record("e-1").listed()).isTrue();

    String withdrawn = platform.withdraw("e-1", "PAID_IN_FULL", "e-1:WITHDRAW:1");
    assertThat(platform.withdraw("e-1", "PAID_IN_FULL", "e-1:WITHDRAW:1")).isEqualTo(withdrawn);
    assertThat(platform.record("e-1").withdrawals()).isEqualTo(1);
    assertThat(platform.record("e-1").listed()).isFalse();

    // republished after a suspension: a new key, a second publication
    platform.publish(entry, "e-1:PUBLISH:2");
    assertThat(platform.record("e-1").publications()).isEqualTo(2);
  }

  @Test
  void aConfiguredDebtorIsRefusedEveryTime() {
    CreditEntry entry = entry("e-2", "110105198001010032");
    assertThatThrownBy(() -> platform.publish(entry, "e-2:PUBLISH:1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> platform.publish(entry, "e-2:PUBLISH:1")).isInstanceOf(IllegalStateException.class);
    assertThat(platform.record("e-2").publications()).isZero();
  }

  private static CreditEntry entry(String id, String idNumber) {
    return new CreditEntry(id, "（2026）粤0303执1号", "GD0303", "李四", idNumber, "PERSON", "GENERAL", "LISTING",
        List.of("EVADES"), 20_000_000L, LocalDate.of(2028, 12, 1));
  }
}
