package cn.court.crossexec.court;

import cn.court.crossexec.platform.NotFoundException;

/** A court code that is not in the directory. */
public class UnknownCourtException extends NotFoundException {

  public UnknownCourtException(String code) {
    super("未找到法院：" + code);
  }
}
