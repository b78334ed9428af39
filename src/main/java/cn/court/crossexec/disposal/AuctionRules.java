package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The price rules of an online judicial auction (网络司法拍卖规定 arts. 10, 12, 17, 26) on the configured bounds. Money
 * is in fen; a minimum price is rounded up to the fen, so that a starting price at the minimum is never below the
 * law's share of the price it is measured on.
 */
@Component
public class AuctionRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final DisposalProperties properties;

  public AuctionRules(DisposalProperties properties) {
    this.properties = properties;
  }

  /** The lowest starting price of a first auction: the configured share (70 %) of the reference price. */
  public long minFirstStartingPrice(long referencePriceFen) {
    return ceil(BigDecimal.valueOf(referencePriceFen).multiply(properties.minStartingPriceRatio()));
  }

  /** The lowest starting price of a re-auction: the previous starting price less the largest cut (20 %). */
  public long minReauctionStartingPrice(long previousStartingPriceFen) {
    BigDecimal kept = BigDecimal.ONE.subtract(properties.maxPriceCut());
    return ceil(BigDecimal.valueOf(previousStartingPriceFen).multiply(kept));
  }

  /** The smallest lawful deposit: the configured share (5 %) of the starting price, rounded up to the fen. */
  public long minDepositFen(long startingPriceFen) {
    return ceil(BigDecimal.valueOf(startingPriceFen).multiply(properties.minDepositRatio()));
  }

  /** The largest lawful deposit: the configured share (20 %) of the starting price, rounded down to the fen. */
  public long maxDepositFen(long startingPriceFen) {
    return BigDecimal.valueOf(startingPriceFen).multiply(properties.maxDepositRatio()).setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }

  /**
   * The deposit for a starting price and a percentage (5 = 5 %), in fen: rounded half up, and a percentage within
   * the bounds never gives an amount outside them (5 % of ¥700,000.01 is 3,500,001 fen, not 3,500,000: the minimum is
   * rounded up, the maximum down). A percentage outside the bounds is rounded half up only; {@link #checkPlan} refuses
   * the amount.
   */
  public long depositFen(long startingPriceFen, BigDecimal depositPercent) {
    long fen = BigDecimal.valueOf(startingPriceFen).multiply(depositPercent)
        .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    BigDecimal ratio = depositPercent.divide(HUNDRED);
    if (ratio.compareTo(properties.minDepositRatio()) >= 0 && ratio.compareTo(properties.maxDepositRatio()) <= 0) {
      fen = Math.max(minDepositFen(startingPriceFen), Math.min(maxDepositFen(startingPriceFen), fen));
    }
    return fen;
  }

  /** The shortest public notice before bidding starts (第十二条, 第二十六条); a deposit is never auctioned. */
  public Period noticePeriod(AssetClass assetClass, boolean reauction) {
    return switch (assetClass) {
      case MOVABLE -> reauction ? properties.movableReauctionNoticePeriod() : properties.movableNoticePeriod();
      case IMMOVABLE -> reauction ? properties.immovableReauctionNoticePeriod() : properties.immovableNoticePeriod();
      case DEPOSIT -> throw new IllegalArgumentException("a deposit is deducted directly, never auctioned");
    };
  }

  /**
   * What is wrong with a plan, in Chinese for the officer who made it; empty when it may be published.
   *
   * @throws IllegalArgumentException when the plan cannot be judged (a round other than 1 or 2, round 2 without the
   *     previous starting price, no reference price): a fault of the caller, not of the officer
   */
  public List<String> checkPlan(AuctionPlan plan) {
    List<String> problems = new ArrayList<>();
    long minimum = minimumStartingPrice(plan);
    if (plan.startingPriceFen() <= 0) {
      problems.add("起拍价应大于零");
    } else if (plan.startingPriceFen() < minimum) {
      problems.add(minimumText(plan) + "（最低 " + Money.yuan(minimum) + "）");
    }
    depositProblem(plan).ifPresent(problems::add);
    return List.copyOf(problems);
  }

  private long minimumStartingPrice(AuctionPlan plan) {
    if (plan.referencePriceFen() <= 0) {
      throw new IllegalArgumentException("an auction needs a positive reference price: " + plan);
    }
    // a re-auction after a default repeats its round, so it keeps that round's minimum: no second cut (第二十六条
    // allows one cut per failed auction, and a default is no failure)
    return switch (plan.round()) {
      case 1 -> minFirstStartingPrice(plan.referencePriceFen());
      case 2 -> {
        if (plan.previousStartingPriceFen() == null || plan.previousStartingPriceFen() <= 0) {
          throw new IllegalArgumentException("a re-auction needs the previous starting price: " + plan);
        }
        yield minReauctionStartingPrice(plan.previousStartingPriceFen());
      }
      default -> throw new IllegalArgumentException("an auction has round 1 or 2: " + plan);
    };
  }

  private String minimumText(AuctionPlan plan) {
    if (plan.afterDefault()) {
      return "悔拍后重新拍卖的起拍价不得低于本轮拍卖的最低起拍价";
    }
    if (plan.round() == 1) {
      return "起拍价不得低于参考价的" + percent(properties.minStartingPriceRatio());
    }
    return "再次拍卖的起拍价降价幅度不得超过前次起拍价的" + percent(properties.maxPriceCut());
  }

  /** The deposit's AMOUNT in fen is checked against the bounds (minimum rounded up, maximum rounded down). */
  private Optional<String> depositProblem(AuctionPlan plan) {
    String range = percent(properties.minDepositRatio()) + "至" + percent(properties.maxDepositRatio());
    if (plan.depositPercent() == null) {
      return Optional.of("请填写保证金比例（起拍价的" + range + "）");
    }
    String problem = "保证金应为起拍价的" + range;
    if (plan.startingPriceFen() <= 0) {
      BigDecimal ratio = plan.depositPercent().divide(HUNDRED);
      return ratio.compareTo(properties.minDepositRatio()) >= 0 && ratio.compareTo(properties.maxDepositRatio()) <= 0
          ? Optional.empty() : Optional.of(problem);
    }
    long min = minDepositFen(plan.startingPriceFen());
    long max = maxDepositFen(plan.startingPriceFen());
    long deposit = depositFen(plan.startingPriceFen(), plan.depositPercent());
    if (deposit >= min && deposit <= max) {
      return Optional.empty();
    }
    return Optional.of(problem + "（即 " + Money.yuan(min) + "至 " + Money.yuan(max) + "，按比例计算为 " + Money.yuan(deposit)
        + "）");
  }

  private static String percent(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }

  private static long ceil(BigDecimal fen) {
    return fen.setScale(0, RoundingMode.CEILING).longValueExact();
  }
}
