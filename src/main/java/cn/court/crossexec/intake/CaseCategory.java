package cn.court.crossexec.intake;

/** The four categories of the SPC (2026-01-26), plus the bare statutory trigger and "none". Decided by DMN. */
public enum CaseCategory {
  HARD_BONE("骨头案、钉子案"),
  SERIES("系列关联案件、涉众案件"),
  PASSIVE_RISK("消极执行、拖延执行风险案件"),
  BEYOND_CAPACITY("超出单一法院执行能力的案件"),
  STALLED("超过六个月未执行"),
  NONE("无交叉执行必要");

  private final String label;

  CaseCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
