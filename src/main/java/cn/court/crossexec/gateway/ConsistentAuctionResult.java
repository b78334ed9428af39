package cn.court.crossexec.gateway;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sale or default needs a positive price and a buyer; a failed listing has neither. Each violation is reported on
 * its own field, so the caller's problem details list the fields to fix rather than the whole result.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentAuctionResult.Validator.class)
@interface ConsistentAuctionResult {

  String message() default "拍卖结果前后不一致";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ConsistentAuctionResult, AuctionResult> {

    @Override
    public boolean isValid(AuctionResult result, ConstraintValidatorContext context) {
      if (result == null || result.outcome() == null) {
        return true; // @NotNull on the outcome reports that
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (result.outcome() == AuctionResult.Outcome.FAILED) {
        valid &= check(result.finalPriceFen() == null, "finalPriceFen", "流拍时不应有成交价", context);
        valid &= check(result.buyerName() == null && result.buyerIdNumber() == null, "buyerName", "流拍时不应有买受人", context);
        return valid;
      }
      valid &= check(result.finalPriceFen() != null && result.finalPriceFen() > 0, "finalPriceFen", "成交或悔拍时须填写大于零的成交价", context);
      valid &= check(notBlank(result.buyerName()), "buyerName", "成交或悔拍时须填写买受人姓名或名称", context);
      valid &= check(notBlank(result.buyerIdNumber()), "buyerIdNumber", "成交或悔拍时须填写买受人证件号码", context);
      return valid;
    }

    private static boolean notBlank(String value) {
      return value != null && !value.isBlank();
    }

    private static boolean check(boolean ok, String field, String message, ConstraintValidatorContext context) {
      if (!ok) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
      }
      return ok;
    }
  }
}
