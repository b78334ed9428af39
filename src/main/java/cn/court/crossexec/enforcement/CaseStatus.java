package cn.court.crossexec.enforcement;

/** Where a coordinated enforcement case stands. Later stages come with the coordinated-enforcement model. */
public enum CaseStatus {
  OPEN("执行中");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
