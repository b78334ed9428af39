package cn.court.crossexec.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** Amounts are kept in fen; people read yuan with two decimals. */
public final class Money {

  /**
   * The largest amount any request may carry: 10 万亿元 (10^15 fen), far above any enforcement case, so that sums of
   * thousands of such amounts (a centralized group, a distribution) stay exact in a {@code long}.
   */
  public static final long MAX_FEN = 1_000_000_000_000_000L;

  /** The bound as people read it, for validation messages. */
  public static final String MAX_TEXT = "不能超过 10 万亿元（1000000000000000 分）";

  private Money() {}

  /**
   * Fen from an amount in yuan as a form submits it (a JSON number or text): exact, at most two decimals.
   *
   * @throws IllegalArgumentException for no number, a negative one, or fractions of a fen
   */
  public static long fenOfYuan(Object yuan) {
    if (yuan == null || yuan.toString().isBlank()) {
      throw new IllegalArgumentException("金额不能为空");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(yuan.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("金额格式不正确：" + yuan);
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("金额不能为负数");
    }
    try {
      return amount.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("金额最多精确到分：" + yuan);
    }
  }

  /** Yuan as a form field shows it ("1234.56", no grouping, no unit). */
  public static String plainYuan(long fen) {
    return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
  }

  public static String yuan(long fen) {
    DecimalFormat format = new DecimalFormat("#,##0.00");
    return format.format(BigDecimal.valueOf(fen).movePointLeft(2)) + " 元";
  }
}
