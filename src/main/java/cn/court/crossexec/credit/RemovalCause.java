package cn.court.crossexec.credit;

/**
 * Why a discipline ends (2017 规定 art. 10, and the correction of a wrong listing). {@link #debtorWide} causes reach
 * every entry of the debtor in every court's case (a bankruptcy suspension); the others only the case's own entries.
 */
public enum RemovalCause {
  PAID_IN_FULL("被执行人已履行生效法律文书确定的全部义务", false),
  SETTLEMENT_PERFORMED("当事人达成执行和解协议且已履行完毕", false),
  CREDITOR_REQUEST("申请执行人书面申请删除（六个月内不得以相同事由再次纳入）", false),
  BANKRUPTCY_SUSPENSION("人民法院受理破产申请，依法中止执行", true),
  RETRIAL_SUSPENSION("因审判监督程序裁定中止执行", false),
  TERMINATED("执行程序终结（终结执行）", false),
  NOT_ENFORCED("依法裁定不予执行", false),
  NO_ASSETS_AFTER_TERMINATION_FOR_NOW("终结本次执行程序后，两次通过网络执行查控系统查询均未发现可供执行财产，且申请执行人未提供财产线索", false),
  TERM_ENDED("惩戒期限届满", false),
  WRONG_LISTING("纳入错误，予以纠正", false);

  private final String label;
  private final boolean debtorWide;

  RemovalCause(String label, boolean debtorWide) {
    this.label = label;
    this.debtorWide = debtorWide;
  }

  public String label() {
    return label;
  }

  /** The cause lifts the debtor's entries in every case, not only in the case it arose in. */
  public boolean debtorWide() {
    return debtorWide;
  }
}
