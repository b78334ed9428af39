package cn.court.crossexec.platform;

/** A request that contradicts the current state of a resource (409). */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
