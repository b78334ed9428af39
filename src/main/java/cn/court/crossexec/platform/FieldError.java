package cn.court.crossexec.platform;

/** One invalid field of a request, as listed in a validation problem's {@code errors}. */
public record FieldError(String field, String message, Object rejectedValue) {

  public static FieldError of(String field, String message) {
    return new FieldError(field, message, null);
  }
}
