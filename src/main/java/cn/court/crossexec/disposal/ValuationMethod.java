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

  /**
   * The process variable in which the officer gives the reason this method was not used, when a later one is chosen
   * (确定财产处置参考价规定第二条: negotiation failed or refused, no data for a directed inquiry, …); null for the last.
   */
  String notUsedReasonVariable() {
    return switch (this) {
      case NEGOTIATION -> "negotiationNotUsedReason";
      case DIRECTED_INQUIRY -> "directedInquiryNotUsedReason";
      case ONLINE_INQUIRY -> "onlineInquiryNotUsedReason";
      case APPRAISAL -> null;
    };
  }

  /** The methods the law prefers to this one, in order. */
  java.util.List<ValuationMethod> earlier() {
    return java.util.Arrays.asList(values()).subList(0, ordinal());
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
