package cn.court.crossexec.intake;

/** The modes of cross-execution (法发〔2024〕9号), and who holds the enforcement power afterwards. */
public enum EnforcementMode {
  SUPERVISED("督促执行"),
  DIRECTED("指令执行"),
  ELEVATED("提级执行"),
  CENTRALIZED("集中执行"),
  COLLABORATIVE("协同执行");

  private final String label;

  EnforcementMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
