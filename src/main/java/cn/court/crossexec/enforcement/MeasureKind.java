package cn.court.crossexec.enforcement;

public enum MeasureKind {
  FREEZE("冻结"),
  SEAL("查封"),
  SEIZE("扣押");

  private final String label;

  MeasureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
