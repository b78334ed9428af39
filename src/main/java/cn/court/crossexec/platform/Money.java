package cn.court.crossexec.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** Amounts are kept in fen; people read yuan with two decimals. */
public final class Money {

  private Money() {}

  public static String yuan(long fen) {
    DecimalFormat format = new DecimalFormat("#,##0.00");
    return format.format(BigDecimal.valueOf(fen).movePointLeft(2)) + " 元";
  }
}
