package cn.court.crossexec.disposal.distribution;

/** How the ordinary claims share what is left after costs, priority and secured claims. */
public enum OrderingRule {
  /** 按比例清偿: pro rata to the amounts filed (natural-person debtors; 民诉法解释第五百零八条). */
  PRO_RATA("按债权比例清偿"),
  /** 按查封先后顺序清偿: corporate debtor whose bankruptcy transfer failed or was refused (第五百一十四条). */
  SEIZURE_ORDER("按财产保全和执行中查封、扣押、冻结财产的先后顺序清偿");

  private final String label;

  OrderingRule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
