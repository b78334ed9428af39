package cn.court.crossexec.intake;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** Amounts are kept in fen; people read yuan with two decimals. */
final class Money {

  private Money() {}

  static String yuan(long fen) {
    DecimalFormat format = new DecimalFormat("#,##0.00");
    return format.format(BigDecimal.valueOf(fen).movePointLeft(2)) + " 元";
  }
}
