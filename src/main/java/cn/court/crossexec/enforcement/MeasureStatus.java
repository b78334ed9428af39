package cn.court.crossexec.enforcement;

public enum MeasureStatus {
  /** in force until it expires, is lifted or lapses */
  EFFECTIVE,
  /** 轮候: takes effect when those ranked before it end */
  WAITING,
  LIFTED,
  /** expired without renewal: it no longer holds the asset */
  LAPSED
}
