package cn.court.crossexec.enforcement;

/** Where a coordinated enforcement case stands. */
public enum CaseStatus {
  OPEN("执行中", false),
  SETTLEMENT("和解履行中", false),
  TERMINATED_FOR_NOW("终结本次执行程序", false),
  PERFORMED("执行完毕", true),
  TERMINATED("终结执行", true),
  WITHDRAWN("撤回申请结案", true),
  BANKRUPTCY_TRANSFER("移送破产审查", true);

  private final String label;
  private final boolean closed;

  CaseStatus(String label, boolean closed) {
    this.label = label;
    this.closed = closed;
  }

  public String label() {
    return label;
  }

  /** Closed for good: no measure, work item, payment or lead can be added any more. (终本 is not: it may resume.) */
  public boolean isClosed() {
    return closed;
  }
}
