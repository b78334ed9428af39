package cn.court.crossexec.credit;

/** Where a discipline stands. Only LISTED is on the public list. */
public enum CreditStatus {
  PROPOSED("待查明"),
  NOT_LISTED("不予纳入（失能或排除情形）"),
  DECLINED("决定不予惩戒"),
  GRACE("宽限期内"),
  RESTRICTED("限制消费"),
  LISTED("已纳入失信名单"),
  SUSPENDED("暂停失信惩戒"),
  REMOVAL_PENDING("待删除"),
  REMOVED("已删除，信用修复"),
  WITHDRAWN("惩戒建议撤回");

  private final String label;

  CreditStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Under discipline: the measures (or the grace before them) are in force or paused. */
  boolean underDiscipline() {
    return this == GRACE || this == RESTRICTED || this == LISTED || this == SUSPENDED;
  }

  boolean open() {
    return this == PROPOSED || underDiscipline() || this == REMOVAL_PENDING;
  }
}
