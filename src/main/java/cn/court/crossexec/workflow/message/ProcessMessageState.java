package cn.court.crossexec.workflow.message;

/** Where a recorded process message stands. */
public enum ProcessMessageState {
  PENDING("待送达"),
  DELIVERED("已送达"),
  NOT_AWAITED("无流程等待，流程到达时从业务数据读取"),
  UNDELIVERABLE("无法送达，需人工处理");

  private final String label;

  ProcessMessageState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
