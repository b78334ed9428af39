package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "参与分配", description = "Joint distribution of a case's proceeds: claims, plan, objections, payouts")
class DistributionController {

  private final DistributionService distributions;
  private final ObjectionService objections;

  DistributionController(DistributionService distributions, ObjectionService objections) {
    this.distributions = distributions;
    this.objections = objections;
  }

  @PostMapping("/api/cases/{id}/claims")
  @Operation(summary = "代债权人申请参与分配（申报期内；同一债权人、执行依据和债权性质重复申报返回原申报）")
  ResponseEntity<ClaimView> file(@PathVariable String id, @Valid @RequestBody ClaimRequest request) {
    var filed = distributions.fileClaim(id, request, CurrentUser.require());
    return ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(filed.value());
  }

  @GetMapping("/api/cases/{id}/claims")
  @Operation(summary = "参与分配的债权")
  List<ClaimView> claims(@PathVariable String id) {
    return distributions.claims(id, CurrentUser.require());
  }

  @GetMapping("/api/cases/{id}/distribution-plan")
  @Operation(summary = "最近一次参与分配：状态、清偿顺序、各期限、分配额、提存与支付、异议")
  PlanView plan(@PathVariable String id) {
    return distributions.plan(id, CurrentUser.require());
  }

  @PostMapping("/api/cases/{id}/distribution-plan/objections")
  @Operation(summary = "对分配方案提出异议（方案送达后、异议期内）")
  ResponseEntity<Map<String, Long>> object(@PathVariable String id, @Valid @RequestBody ObjectionRequests.Objection request) {
    long objectionId = objections.raise(id, request, CurrentUser.require());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("objectionId", objectionId));
  }

  @PostMapping("/api/cases/{id}/distribution-plan/objections/{objectionId}/counter")
  @Operation(summary = "被异议一方提出反对意见（反对意见期内）")
  ResponseEntity<Void> counter(@PathVariable String id, @PathVariable long objectionId,
      @Valid @RequestBody ObjectionRequests.Counter request) {
    objections.counter(id, objectionId, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/distribution-plan/objections/{objectionId}/lawsuit")
  @Operation(summary = "异议人提起分配方案异议之诉（起诉期内），争议款项提存")
  ResponseEntity<Void> sue(@PathVariable String id, @PathVariable long objectionId,
      @Valid @RequestBody ObjectionRequests.Lawsuit request) {
    objections.sue(id, objectionId, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/distribution-plan/objections/{objectionId}/judgment")
  @Operation(summary = "登记分配方案异议之诉的判决，按判决支付提存款项")
  ResponseEntity<Void> judge(@PathVariable String id, @PathVariable long objectionId,
      @Valid @RequestBody ObjectionRequests.Judgment request) {
    objections.judge(id, objectionId, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PutMapping("/api/cases/{id}/bankruptcy-transfer")
  @Operation(summary = "登记执行转破产未成（不予受理或当事人不同意移送）：企业法人被执行人方可按查封先后顺序清偿（民诉法解释第五百一十四条）")
  ResponseEntity<Void> bankruptcyTransfer(@PathVariable String id, @Valid @RequestBody BankruptcyTransferRequest request) {
    distributions.recordBankruptcyTransferFailed(id, request, CurrentUser.require());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/cases/{id}/payouts")
  @Operation(summary = "参与分配的支付记录（含以物抵债）")
  List<PayoutView> payouts(@PathVariable String id) {
    return distributions.payouts(id, CurrentUser.require());
  }
}
