package cn.court.crossexec.disposal;

/** Where a disposal stands; the last five are final. */
public enum DisposalStatus {
  HELD("因破产审查暂缓处置"),
  VALUING("确定参考价"),
  PRICED("参考价已确定"),
  AUCTIONING("网络司法拍卖中"),
  AFTER_FAILURE("二拍流拍待定处置方式"),
  SELLING_OFF("变卖中"),
  SOLD("已成交"),
  REALIZED("已直接变现"),
  TRANSFERRED("已以物抵债"),
  RELEASED("已解除查封"),
  RETAINED("留作重整核心资产");

  private final String label;

  DisposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isFinal() {
    return ordinal() >= SOLD.ordinal();
  }
}
