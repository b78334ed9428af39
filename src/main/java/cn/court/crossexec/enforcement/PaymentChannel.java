package cn.court.crossexec.enforcement;

/** How money reached the court's enforcement account. */
public enum PaymentChannel {
  VOLUNTARY("被执行人自动履行"),
  DEDUCTION("扣划存款"),
  AUCTION("拍卖变卖价款"),
  SETTLEMENT("执行和解履行"),
  OTHER("其他");

  private final String label;

  PaymentChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
