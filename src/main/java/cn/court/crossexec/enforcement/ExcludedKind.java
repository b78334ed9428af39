package cn.court.crossexec.enforcement;

/** Periods that do not count towards the six-month limit (审限规定; 办理执行案件若干期限的规定). */
public enum ExcludedKind {
  PUBLIC_NOTICE("公告期间"),
  VALUATION("评估、鉴定期间"),
  AUCTION("拍卖、变卖期间"),
  JURISDICTION_DISPUTE("管辖争议期间"),
  COORDINATION("请示、协调期间"),
  POSTPONEMENT("暂缓执行期间"),
  SUSPENSION("中止执行期间");

  private final String label;

  ExcludedKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
