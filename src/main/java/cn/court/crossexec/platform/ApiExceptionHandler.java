package cn.court.crossexec.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every error of the product's API into an RFC 9457 problem; validation problems list each field. */
@RestControllerAdvice(basePackages = "cn.court.crossexec")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), e.getDefaultMessage(), e.getRejectedValue()))
            .collect(Collectors.toList());
    ex.getBindingResult().getGlobalErrors().stream()
        .map(e -> FieldError.of(e.getObjectName(), e.getDefaultMessage()))
        .forEach(errors::add);
    return ResponseEntity.badRequest().body(Problems.validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(e -> new FieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage(), r.getArgument())))
            .toList();
    return ResponseEntity.badRequest().body(Problems.validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    FieldError error;
    if (ex.getCause() instanceof InvalidFormatException invalid) {
      error = new FieldError(path(invalid), "格式不正确", String.valueOf(invalid.getValue()));
    } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      error = FieldError.of(path(mapping), "无法读取该字段");
    } else {
      error = FieldError.of("body", "请求体不是有效的 JSON");
    }
    return ResponseEntity.badRequest().body(Problems.validation(List.of(error)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
    return ResponseEntity.badRequest()
        .body(Problems.validation(List.of(new FieldError(ex.getName(), "取值不正确", ex.getValue()))));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
    List<FieldError> errors =
        ex.getConstraintViolations().stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage(), v.getInvalidValue()))
            .toList();
    return ResponseEntity.badRequest().body(Problems.validation(errors));
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
    return ResponseEntity.badRequest().body(Problems.validation(ex.errors()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "未找到", ex.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "状态冲突", ex.getMessage()));
  }

  /** Two changes to one case's process at the same moment: nothing was written; the caller may simply repeat. */
  @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrentChange(org.camunda.bpm.engine.OptimisticLockingException ex) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "状态冲突", "案件正在同时被处理，本次操作未生效，请稍后重试。"));
  }

  /**
   * A row this request needed stayed locked by a simultaneous request past the database's lock timeout (a twin still
   * committing, under load): nothing of this request was written; the caller may simply repeat.
   */
  @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> locked(org.springframework.dao.PessimisticLockingFailureException ex) {
    log.info("Lock not obtained in time: {}", ex.getMostSpecificCause().getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "状态冲突", "相同的内容正在同时提交，本次操作未生效，请稍后重试。"));
  }

  /**
   * A unique key refused a row a simultaneous twin wrote first (e.g. the same application sent twice at once without
   * an Idempotency-Key): nothing of this request was written; repeating it finds the twin's resource. Any other
   * constraint (a value too long for its column, …) is bad input that validation should have caught: 400.
   */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> constraint(org.springframework.dao.DataIntegrityViolationException ex) {
    log.warn("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
    if (isUniqueViolation(ex)) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "重复提交",
              "与同时提交的另一请求冲突（可能是重复提交），本次未作任何修改；重新发送即可取得已有的结果。"));
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "请求参数校验失败", "提交的数据超出允许的范围，未作任何修改。"));
  }

  /** SQLSTATE 23505 is the unique violation on H2 and PostgreSQL alike. */
  private static boolean isUniqueViolation(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return ex instanceof org.springframework.dao.DuplicateKeyException;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "无权访问", "当前用户无权执行此操作。"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    log.error("Unhandled error", ex);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "服务器内部错误", "请求未能完成，未作任何修改。"));
  }

  private static String path(JsonMappingException ex) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : ex.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}
