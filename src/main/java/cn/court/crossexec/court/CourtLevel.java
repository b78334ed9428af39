package cn.court.crossexec.court;

/** The four levels of the people's courts, from the Supreme People's Court down. */
public enum CourtLevel {
  SPC,
  HIGH,
  INTERMEDIATE,
  BASIC
}
