package cn.court.crossexec.disposal.distribution;

/** Where a distribution stands (the CHECK constraint of distribution.status). */
public enum DistributionStatus {
  CLAIMS_OPEN("债权申报中"),
  DRAFTED("分配方案待审核"),
  NOTIFIED("分配方案已送达，异议期内"),
  OBJECTIONS("有异议，反对意见期内"),
  COUNTERED("有反对意见，起诉期内"),
  IN_LAWSUIT("分配方案异议之诉审理中，争议款项提存"),
  PAID("分配完毕");

  private final String label;

  DistributionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
