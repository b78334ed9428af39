package cn.court.crossexec.intake;

/** Documents that come with an application; which ones are required is configuration. */
public enum Material {
  EXECUTION_TITLE("执行依据（生效法律文书）"),
  ACCEPTANCE_NOTICE("原执行案件受理通知书"),
  IDENTITY_PROOF("申请人身份证明"),
  ASSET_LEADS("财产线索材料"),
  POWER_OF_ATTORNEY("授权委托书");

  private final String label;

  Material(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
