package cn.court.crossexec.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** Every amount a request carries is bounded, so that no sum of them overflows (9223372036854775807 fen was accepted). */
class AmountBoundsTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void anApplicationsAmountIsBounded() throws Exception {
    assertBounded(Class.forName("cn.court.crossexec.intake.ApplicationRequest"), "amountClaimedFen");
  }

  @Test
  void aPaymentIsBounded() throws Exception {
    assertBounded(Class.forName("cn.court.crossexec.enforcement.PaymentRequest"), "amountFen");
  }

  @Test
  void aClaimIsBounded() throws Exception {
    assertBounded(Class.forName("cn.court.crossexec.disposal.distribution.ClaimRequest"), "amountFen");
  }

  @Test
  void thousandsOfTheLargestAmountsStillAddUpExactly() {
    assertThat(Math.multiplyExact(Money.MAX_FEN, 9_000L)).isPositive();
  }

  private void assertBounded(Class<?> request, String field) {
    assertThat(validator.validateValue(request, field, Long.MAX_VALUE))
        .extracting(v -> v.getMessage()).containsExactly(Money.MAX_TEXT);
    assertThat(validator.validateValue(request, field, Money.MAX_FEN + 1)).hasSize(1);
    assertThat(validator.validateValue(request, field, Money.MAX_FEN)).isEmpty();
  }
}
