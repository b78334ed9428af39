package cn.court.crossexec.enforcement;

/** What a participating court is asked to do (联合执行事项). */
public enum WorkItemType {
  INVESTIGATE_LOCALLY("本地财产调查", null),
  SEAL("查封", MeasureKind.SEAL),
  FREEZE("冻结", MeasureKind.FREEZE),
  SEIZE("扣押", MeasureKind.SEIZE),
  FIND_DEBTOR("查找被执行人", null),
  SERVE_DOCUMENTS("送达法律文书", null),
  SITE_VISIT("现场调查", null),
  VERIFY_LEAD("核查财产线索", null);

  private final String label;
  private final MeasureKind measure;

  WorkItemType(String label, MeasureKind measure) {
    this.label = label;
    this.measure = measure;
  }

  public String label() {
    return label;
  }

  /** The control measure a completed item of this type records, if any. */
  MeasureKind measure() {
    return measure;
  }
}
