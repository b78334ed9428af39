package cn.court.crossexec.disposal.distribution;

/** What became of an objection to the plan (the CHECK constraint of distribution_objection.status). */
public enum ObjectionStatus {
  RAISED("已提出异议"),
  ACCEPTED("无人反对，按异议修正方案"),
  COUNTERED("已提出反对意见"),
  DROPPED("未在期限内起诉，按原方案分配"),
  SUED("已提起分配方案异议之诉"),
  JUDGED("已判决");

  private final String label;

  ObjectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
