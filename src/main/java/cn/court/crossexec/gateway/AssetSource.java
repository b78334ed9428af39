package cn.court.crossexec.gateway;

/** The sources the national (总对总) and provincial (点对点) inquiry links reach. */
public enum AssetSource {
  BANK("银行存款"),
  ONLINE_FUNDS("网络资金"),
  SECURITIES("证券"),
  EQUITY("股权"),
  REAL_ESTATE("不动产"),
  VEHICLE("车辆");

  private final String label;

  AssetSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
