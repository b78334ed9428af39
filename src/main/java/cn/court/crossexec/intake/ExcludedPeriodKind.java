package cn.court.crossexec.intake;

/** Periods that do not count toward the six months (执行程序解释第十一条). */
public enum ExcludedPeriodKind {
  PUBLIC_NOTICE("公告期间"),
  VALUATION("鉴定、评估期间"),
  JURISDICTION_DISPUTE("管辖争议处理期间"),
  COORDINATION("执行争议协调期间"),
  POSTPONEMENT("暂缓执行期间"),
  SUSPENSION("中止执行期间");

  private final String label;

  ExcludedPeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
