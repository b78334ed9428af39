package cn.court.crossexec.disposal.distribution;

/** The classes of claims on the proceeds, in the order they are paid (民诉法解释第五百零六条至第五百一十四条). */
public enum ClaimKind {
  /** Enforcement costs (执行费用): paid first. */
  COSTS("执行费用"),
  /** Statutory priority claims (优先受偿债权, e.g. construction price), by rank. */
  PRIORITY("优先受偿债权"),
  /** Secured claims (担保物权) on the asset, by rank. */
  SECURED("担保债权"),
  /** Ordinary claims: pro rata, or in order of seizure for a corporate debtor (art. 514). */
  ORDINARY("普通债权");

  private final String label;

  ClaimKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
