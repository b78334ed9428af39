package cn.court.crossexec.intake;

/** The role a court plays in a decided cross-execution case. */
public enum CourtRole {
  COORDINATING("协调法院"),
  EXECUTING("执行法院"),
  PARTICIPATING("协助法院"),
  ORIGINAL("原执行法院");

  private final String label;

  CourtRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
