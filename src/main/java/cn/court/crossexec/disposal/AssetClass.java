package cn.court.crossexec.disposal;

import cn.court.crossexec.enforcement.AssetType;

/**
 * How the law disposes of a seized asset: deposits are deducted directly (no auction); movables and "real estate and
 * other property rights" are auctioned with different notice periods (网络司法拍卖规定第十二条、第二十六条).
 */
public enum AssetClass {
  DEPOSIT("存款（直接扣划）"),
  MOVABLE("动产"),
  IMMOVABLE("不动产和其他财产权");

  private final String label;

  AssetClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The class of a control measure's asset type ({@link AssetType} by name, as stored on the measure).
   *
   * @throws IllegalArgumentException for a name that is not an asset type
   */
  public static AssetClass of(String assetType) {
    if (assetType == null) {
      throw new IllegalArgumentException("asset type is missing");
    }
    // an exhaustive switch: a new asset type does not compile until it is given its class here
    return switch (AssetType.valueOf(assetType)) {
      case DEPOSIT -> DEPOSIT;
      case MOVABLE -> MOVABLE;
      case REAL_ESTATE, OTHER_RIGHT -> IMMOVABLE;
    };
  }
}
