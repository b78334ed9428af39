package cn.court.crossexec.disposal.distribution;

/**
 * Why the debtor's case did not pass to bankruptcy (执行转破产), the condition of the order of seizure
 * (民诉法解释第五百一十四条).
 */
public enum BankruptcyTransferOutcome {
  /** The bankruptcy court refused to accept the case (不予受理). */
  REFUSED("人民法院不予受理破产申请"),
  /** No party consented to the transfer to bankruptcy (当事人不同意移送破产审查). */
  NOT_CONSENTED("当事人不同意移送破产审查");

  private final String label;

  BankruptcyTransferOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
