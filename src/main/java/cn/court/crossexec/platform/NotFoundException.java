package cn.court.crossexec.platform;

/** A resource that does not exist, or that the caller may not see (both answer 404, so nothing leaks). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
