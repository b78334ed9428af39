package cn.court.crossexec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.court.crossexec.gateway.AuctionResult.Outcome;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A result is checked field by field, so the platform learns exactly what to correct. */
class AuctionResultValidationTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static Map<String, String> errors(AuctionResult result) {
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<AuctionResult> v : VALIDATOR.validate(result)) {
      errors.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return errors;
  }

  @ParameterizedTest
  @EnumSource(value = Outcome.class, names = {"SOLD", "DEFAULTED"})
  void aSaleOrDefaultIsCompleteWithAPositivePriceAndABuyer(Outcome outcome) {
    assertThat(errors(new AuctionResult("auc-1", outcome, 250_000_000L, "张伟", "44030519800101123X", 12, null))).isEmpty();
    assertThat(errors(new AuctionResult("auc-1", outcome, 0L, " ", null, 12, null)))
        .containsOnlyKeys("finalPriceFen", "buyerName", "buyerIdNumber")
        .containsEntry("finalPriceFen", "成交或悔拍时须填写大于零的成交价");
    assertThat(errors(new AuctionResult("auc-1", outcome, null, "张伟", "4403051980", 12, null)))
        .containsOnlyKeys("finalPriceFen", "buyerIdNumber")
        .containsEntry("buyerIdNumber", "应为18位身份证号码或统一社会信用代码");
  }

  @Test
  void aFailedListingHasNeitherPriceNorBuyer() {
    assertThat(errors(new AuctionResult("auc-1", Outcome.FAILED, null, null, null, 0, "流拍"))).isEmpty();
    assertThat(errors(new AuctionResult("auc-1", Outcome.FAILED, 100L, "张伟", null, 0, null)))
        .containsOnlyKeys("finalPriceFen", "buyerName");
  }

  @Test
  void theAuctionAndOutcomeAreRequiredAndBidsAreNeverNegative() {
    assertThat(errors(new AuctionResult(" ", null, null, null, null, -1, null)))
        .containsOnlyKeys("auctionId", "outcome", "bids")
        .containsEntry("outcome", "不能为空");
  }
}
