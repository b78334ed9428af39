package cn.court.crossexec.intake;

/** Where an application stands. */
public enum ApplicationStatus {
  SUBMITTED("已提交"),
  AWAITING_SUPPLEMENT("待补正"),
  UNDER_REVIEW("审查中"),
  REJECTED("不予交叉执行"),
  LAPSED("逾期未补正，已失效"),
  SUPERVISING("督促执行中"),
  DECIDED("已决定交叉执行");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
