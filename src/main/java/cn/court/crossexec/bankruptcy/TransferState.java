package cn.court.crossexec.bankruptcy;

/** Where a transfer to bankruptcy review stands (table bankruptcy_transfer, column state). */
public enum TransferState {
  PROPOSED("系统建议移送破产审查，待执行法院审查", false, false),
  SCREENING("破产甄别中", false, false),
  RESCUE_ASSESSMENT("有挽救价值，评估中（核心资产暂缓处置）", false, false),
  AWAITING_CONSENT("已告知当事人，等待书面同意", false, false),
  DECIDING("已有书面同意，移送决定审批中", false, false),
  SERVING("移送决定已作出，待送达", false, false),
  /** Decided and served: the later steps (suspension, the receiving court) follow; the case is not transferred again. */
  DECIDED("已决定移送破产审查", true, true),
  NOT_CONSENTED("当事人未书面同意移送，继续执行（按查封先后顺序清偿）", true, true),
  NOT_INSOLVENT("不具备破产原因，继续执行", true, false),
  NOT_TRANSFERRED("决定不予移送，继续执行", true, true),
  PROPOSAL_DECLINED("执行法院决定不启动审查", true, false);

  private final String label;
  private final boolean ended;
  private final boolean barsRetransfer;

  TransferState(String label, boolean ended, boolean barsRetransfer) {
    this.label = label;
    this.ended = ended;
    this.barsRetransfer = barsRetransfer;
  }

  public String label() {
    return label;
  }

  /** Nothing more happens in this transfer's process: no consent is taken any more. */
  public boolean ended() {
    return ended;
  }

  /**
   * The same case cannot be transferred again (DOMAIN.md §6: after a refusal, a party may still file for bankruptcy
   * directly): it was decided, not consented to, or refused by the court. A screening that found no cause for
   * bankruptcy or a declined proposal does not bar a later transfer when the facts change.
   */
  public boolean barsRetransfer() {
    return barsRetransfer;
  }

  /** The debtor's open key stays set: an open transfer, or a decided one, blocks a second transfer of the debtor. */
  boolean holdsDebtor() {
    return !ended || this == DECIDED;
  }
}
