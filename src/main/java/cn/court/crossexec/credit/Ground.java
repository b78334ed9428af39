package cn.court.crossexec.credit;

/** The six listing grounds of 2017 规定 art. 1. */
public enum Ground {
  REFUSES_DESPITE_ABILITY("有履行能力而拒不履行生效法律文书确定义务"),
  OBSTRUCTS("以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
  EVADES("以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
  BREACHES_ASSET_REPORT("违反财产报告制度"),
  BREACHES_CONSUMPTION_RESTRICTION("违反限制消费令"),
  BREACHES_SETTLEMENT("无正当理由拒不履行执行和解协议");

  private final String label;

  Ground(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
