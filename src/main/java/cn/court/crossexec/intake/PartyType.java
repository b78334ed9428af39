package cn.court.crossexec.intake;

public enum PartyType {
  /** 自然人: identified by the 18-character resident ID number. */
  PERSON,
  /** 法人或其他组织: identified by the 18-character unified social credit code. */
  ENTERPRISE
}
