package cn.court.crossexec.enforcement;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "协同执行案件", description = "Coordinated enforcement cases")
class EnforcementCaseController {

  private final EnforcementCaseService cases;
  private final ControlMeasureService measures;

  EnforcementCaseController(EnforcementCaseService cases, ControlMeasureService measures) {
    this.cases = cases;
    this.measures = measures;
  }

  @PostMapping("/api/cases/{id}/measures")
  @Operation(summary = "登记控制措施（冻结/查封/扣押）；同一财产已有措施的进入轮候")
  ResponseEntity<MeasureView> takeMeasure(@PathVariable String id, @Valid @RequestBody MeasureRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(measures.take(id, request, CurrentUser.require()));
  }

  @GetMapping("/api/cases/{id}/measures")
  @Operation(summary = "案件的控制措施")
  List<MeasureView> measuresOf(@PathVariable String id) {
    cases.get(id, CurrentUser.require()); // visibility
    return measures.ofCase(id);
  }

  @PostMapping("/api/measures/{measureId}/renewals")
  @Operation(summary = "续行控制措施（到期前，期限不超过法定期限）")
  MeasureView renew(@PathVariable long measureId) {
    return measures.renew(measureId, CurrentUser.require());
  }

  @PostMapping("/api/measures/{measureId}/lift")
  @Operation(summary = "解除控制措施；轮候的第一项措施随即生效")
  MeasureView lift(@PathVariable long measureId) {
    return measures.lift(measureId, CurrentUser.require());
  }

  @GetMapping("/api/cases")
  @Operation(summary = "本院参与的案件（领导：全部），可按法院、状态、执行方式筛选")
  List<CaseView> list(
      @RequestParam(required = false) String courtCode,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) String mode) {
    return cases.list(CurrentUser.require(), courtCode, status, mode);
  }

  @PostMapping("/api/cases/{id}/payments")
  @Operation(summary = "登记执行款到账（执行法院或协调法院；同一凭证号重复登记只记一次）")
  ResponseEntity<PaymentView> pay(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
    var recorded = cases.recordPayment(id, request, CurrentUser.require());
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded.value());
  }

  @GetMapping("/api/cases/{id}/payments")
  @Operation(summary = "案件的执行款到账记录")
  List<PaymentView> payments(@PathVariable String id) {
    return cases.payments(id, CurrentUser.require());
  }

  @GetMapping("/api/cases/{id}")
  @Operation(summary = "案件详情，含办理记录")
  CaseView get(@PathVariable String id) {
    return cases.get(id, CurrentUser.require());
  }
}
