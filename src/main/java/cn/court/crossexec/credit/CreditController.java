package cn.court.crossexec.credit;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "失信惩戒与信用修复", description = "Dishonest-debtor discipline graded by fault, credit repair, the public list")
class CreditController {

  record RemovalRequest(String cause, String note) {}

  record SuspensionRequest(Boolean creditorConsent, String reason) {}

  record ResumptionRequest(String note) {}

  record LiftingRequest(String purpose, LocalDate liftedOn) {}

  record CorrectionRequest(String reason) {}

  private final CreditService credit;
  private final PublicSearchLimiter limiter;

  CreditController(CreditService credit, PublicSearchLimiter limiter) {
    this.credit = credit;
    this.limiter = limiter;
  }

  @GetMapping("/api/debtors/{id}/credit")
  @Operation(summary = "被执行人的失信惩戒信息（按证件号码）：状态、等级、失信情形及证据、惩戒措施、受限制人员、历史")
  CreditView credit(@PathVariable String id) {
    return credit.credit(id.trim().toUpperCase(), CurrentUser.require());
  }

  @PostMapping("/api/credit/disciplines/{id}/removal")
  @Operation(summary = "登记删除事由（履行完毕、和解履行完毕、申请执行人申请、中止执行、终结执行、不予执行、终本后两次查询无财产）：3个工作日内删除")
  ResponseEntity<Void> removal(@PathVariable String id, @RequestBody RemovalRequest request) {
    RemovalCause cause = null;
    if (request.cause() != null) {
      try {
        cause = RemovalCause.valueOf(request.cause().trim());
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(List.of(new FieldError("cause", "未知的删除事由", request.cause())));
      }
    }
    credit.requestRemoval(id, cause, request.note(), CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/credit/disciplines/{id}/suspension")
  @Operation(summary = "经申请执行人同意暂停失信惩戒：撤除公布，期限暂停计算")
  ResponseEntity<Void> suspend(@PathVariable String id, @RequestBody SuspensionRequest request) {
    credit.suspend(id, request.creditorConsent(), request.reason(), CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/credit/disciplines/{id}/resumption")
  @Operation(summary = "恢复暂停的失信惩戒：重新公布，期限顺延")
  ResponseEntity<Void> resume(@PathVariable String id, @RequestBody ResumptionRequest request) {
    credit.resume(id, request.note(), CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/credit/disciplines/{id}/one-time-liftings")
  @Operation(summary = "单次解除限制消费（记录用途和日期）")
  ResponseEntity<Void> liftOnce(@PathVariable String id, @RequestBody LiftingRequest request) {
    credit.liftOnce(id, request.purpose(), request.liftedOn(), CurrentUser.require());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @PostMapping("/api/credit/disciplines/{id}/corrections")
  @Operation(summary = "纠正申请：15日内审查，纳入错误的3个工作日内纠正")
  ResponseEntity<Map<String, Long>> correction(@PathVariable String id, @RequestBody CorrectionRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("correctionId", credit.requestCorrection(id, request.reason(), CurrentUser.require())));
  }

  @GetMapping("/api/public/dishonest-debtors")
  @Operation(summary = "失信被执行人名单公开查询（无需登录，限流）：按姓名或名称、证件号码精确查询，证件号码脱敏，只显示当前公布的信息")
  ResponseEntity<?> publicSearch(@RequestParam(required = false) String name,
      @RequestParam(required = false) String idNumber, HttpServletRequest http) {
    long wait = limiter.tryTake(http.getRemoteAddr());
    if (wait > 0) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
          "查询过于频繁，请 " + wait + " 秒后再试（每分钟至多 " + limiter.perMinute() + " 次）");
      problem.setTitle("请求过多");
      problem.setType(URI.create("about:blank"));
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
          .body(problem);
    }
    return ResponseEntity.ok(credit.publicSearch(name, idNumber));
  }
}
