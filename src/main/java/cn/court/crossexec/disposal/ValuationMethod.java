package cn.court.crossexec.disposal;

/** The ways to set a reference price, in the order the law prefers them (确定财产处置参考价规定 第二条). */
public enum ValuationMethod {
  NEGOTIATION("当事人议价"),
  DIRECTED_INQUIRY("定向询价"),
  ONLINE_INQUIRY("网络询价"),
  APPRAISAL("委托评估");

  private final String label;

  ValuationMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static String labelOf(String name) {
    if (name == null) {
      return "";
    }
    try {
      return valueOf(name).label();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
