package cn.court.crossexec.enforcement;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of asset a control measure can hold, and the measures the law allows on each (民诉法解释第四百八十五条). */
public enum AssetType {
  DEPOSIT("银行存款", EnumSet.of(MeasureKind.FREEZE)),
  MOVABLE("动产", EnumSet.of(MeasureKind.SEAL, MeasureKind.SEIZE)),
  REAL_ESTATE("不动产", EnumSet.of(MeasureKind.SEAL)),
  OTHER_RIGHT("其他财产权（股权等）", EnumSet.of(MeasureKind.FREEZE, MeasureKind.SEAL));

  private final String label;
  private final Set<MeasureKind> allowed;

  AssetType(String label, Set<MeasureKind> allowed) {
    this.label = label;
    this.allowed = allowed;
  }

  public String label() {
    return label;
  }

  public boolean allows(MeasureKind kind) {
    return allowed.contains(kind);
  }
}
