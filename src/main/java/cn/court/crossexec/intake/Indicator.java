package cn.court.crossexec.intake;

/** Facts an applicant or a referring court states, each an input of the eligibility decision (DMN). */
public enum Indicator {
  INTERFERENCE_SUSPECTED("interferenceSuspected", "存在不当干预"),
  RELATIONSHIP_CASE("relationshipCase", "关系案、人情案、金钱案"),
  MASS_CASE("massCase", "涉众案件"),
  PETITION_CASE("petitionCase", "信访案件"),
  HIGH_PUBLIC_ATTENTION("highPublicAttention", "社会关注度高"),
  CROSS_REGION_ASSETS("crossRegionAssets", "财产跨区域分布"),
  SPECIALIST_DISPOSAL("specialistDisposal", "需专业处置（大型不动产、特殊动产、股权）"),
  EVASION_SUSPECTED("evasionSuspected", "规避执行、隐匿财产");

  private final String variable;
  private final String label;

  Indicator(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  /** The DMN input this indicator feeds. */
  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }
}
