package cn.court.crossexec.platform;

import java.util.List;

/**
 * Business validation that Bean Validation cannot express (check digits, cross-field rules, references to
 * other records). Thrown before anything is written; answered as a 400 problem listing each field.
 */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super("请求参数校验失败");
    this.errors = List.copyOf(errors);
  }

  public InvalidRequestException(String field, String message) {
    this(List.of(FieldError.of(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
