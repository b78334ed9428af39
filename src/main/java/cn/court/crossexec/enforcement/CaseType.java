package cn.court.crossexec.enforcement;

/**
 * Where the enforced title comes from: a judgment, ruling or mediation of a civil case (6-month limit), or a
 * non-litigation title such as an arbitral award, a notarized debt instrument or an administrative decision (3-month
 * limit, 非诉执行). A case not told otherwise is a litigation case.
 */
public enum CaseType {
  LITIGATION("诉讼案件"),
  NON_LITIGATION("非诉执行案件");

  private final String label;

  CaseType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
