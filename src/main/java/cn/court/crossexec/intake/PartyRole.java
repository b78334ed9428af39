package cn.court.crossexec.intake;

public enum PartyRole {
  /** 申请执行人 */
  APPLICANT,
  /** 被执行人 */
  DEBTOR
}
