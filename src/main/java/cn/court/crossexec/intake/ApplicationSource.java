package cn.court.crossexec.intake;

/** How a case comes to cross-execution. */
public enum ApplicationSource {
  /** 当事人申请: the creditor applies to the next-higher court (民事诉讼法第二百三十七条). */
  PARTY("当事人申请"),
  /** 依职权: a coordinator or a court refers the case. */
  REFERRAL("法院依职权移送");

  private final String label;

  ApplicationSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
