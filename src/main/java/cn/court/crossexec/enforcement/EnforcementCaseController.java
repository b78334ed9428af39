package cn.court.crossexec.enforcement;


import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
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
  private final WorkItemService workItems;
  private final CaseLifecycleService lifecycle;
  private final CaseInquiries inquiries;
  private final ObjectProvider<CaseProcess> process;
  private final java.time.Clock clock;

  EnforcementCaseController(EnforcementCaseService cases, ControlMeasureService measures, WorkItemService workItems,
      CaseLifecycleService lifecycle, CaseInquiries inquiries, ObjectProvider<CaseProcess> process, java.time.Clock clock) {
    this.cases = cases;
    this.measures = measures;
    this.workItems = workItems;
    this.lifecycle = lifecycle;
    this.inquiries = inquiries;
    this.process = process;
    this.clock = clock;
  }

  @PostMapping("/api/cases/{id}/work-items")
  @Operation(summary = "协调法院安排联合执行事项（承办法院只能是协调法院或其辖区内的法院；事项成为该院的待办任务）")
  ResponseEntity<WorkItemView> assign(@PathVariable String id, @Valid @RequestBody WorkItemRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(workItems.assign(id, request, CurrentUser.require()));
  }

  @GetMapping("/api/cases/{id}/work-items")
  @Operation(summary = "案件的联合执行事项")
  List<WorkItemView> workItemsOf(@PathVariable String id) {
    return workItems.ofCase(id, CurrentUser.require());
  }

  @GetMapping("/api/work-items")
  @Operation(summary = "本院承办及本院协调案件的联合执行事项（overdue=true：逾期清单）")
  List<WorkItemView> workItems(@RequestParam(required = false) String courtCode, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String status) {
    return workItems.list(CurrentUser.require(), courtCode, overdue, status);
  }

  @PostMapping("/api/cases/{id}/asset-leads")
  @Operation(summary = "登记申请执行人提供的财产线索：执行中交执行法院限期核查（5日，紧急3日）；终本后据此恢复执行")
  ResponseEntity<WorkItemView> lead(@PathVariable String id, @Valid @RequestBody LeadRequest request) {
    WorkItemView item = workItems.submitLead(id, request, CurrentUser.require());
    return item == null ? ResponseEntity.accepted().build() : ResponseEntity.status(HttpStatus.CREATED).body(item);
  }

  @GetMapping("/api/cases/{id}/assets")
  @Operation(summary = "案件已查明的财产")
  List<CaseInquiries.Asset> assets(@PathVariable String id) {
    cases.get(id, CurrentUser.require());
    return inquiries.assets(id);
  }

  @PostMapping("/api/cases/{id}/settlement")
  @Operation(summary = "登记执行和解协议（暂停执行，监督履行至约定期限）")
  ResponseEntity<Void> settle(@PathVariable String id, @Valid @RequestBody CaseActionRequests.Settlement request) {
    lifecycle.settle(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/settlement-breach")
  @Operation(summary = "被执行人不履行和解协议，恢复执行")
  ResponseEntity<Void> breach(@PathVariable String id, @Valid @RequestBody CaseActionRequests.Breach request) {
    lifecycle.reportBreach(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/full-performance")
  @Operation(summary = "被执行人自动履行完毕，执行完毕结案")
  ResponseEntity<Void> performed(@PathVariable String id, @Valid @RequestBody CaseActionRequests.FullPerformance request) {
    lifecycle.confirmFullPerformance(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/withdrawal")
  @Operation(summary = "申请执行人撤回执行申请，终结执行")
  ResponseEntity<Void> withdraw(@PathVariable String id, @Valid @RequestBody CaseActionRequests.Withdrawal request) {
    lifecycle.withdraw(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/resumption")
  @Operation(summary = "终本案件恢复执行")
  ResponseEntity<Void> resume(@PathVariable String id, @Valid @RequestBody CaseActionRequests.Resumption request) {
    lifecycle.resume(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/consumption-restriction")
  @Operation(summary = "登记限制消费令（执行通知时未发出的，可另行发出后登记）")
  ResponseEntity<Void> restrictConsumption(@PathVariable String id,
      @Valid @RequestBody CaseActionRequests.ConsumptionRestriction request) {
    lifecycle.restrictConsumption(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/manual-inquiries")
  @Operation(summary = "登记网络查控未获答复查询项的人工查询结果（终本前每一查询项均须有结果）")
  ResponseEntity<Void> manualInquiry(@PathVariable String id, @Valid @RequestBody CaseActionRequests.ManualInquiry request) {
    lifecycle.recordManualInquiry(id, request, CurrentUser.require());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/cases/{id}/excluded-periods")
  @Operation(summary = "登记不计入执行期限的期间（评估、中止、暂缓等），返回调整后的届满日")
  Map<String, Object> exclude(@PathVariable String id, @Valid @RequestBody CaseActionRequests.ExcludedPeriod request) {
    return Map.of("limitDueOn", lifecycle.excludePeriod(id, request, CurrentUser.require()));
  }

  @PostMapping("/api/cases/{id}/extension-requests")
  @Operation(summary = "申请延长执行期限（届满5日前提出，由执行法院院长审批）")
  ResponseEntity<ExtensionRequestView> extend(@PathVariable String id, @Valid @RequestBody CaseActionRequests.Extension request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(lifecycle.requestExtension(id, request, CurrentUser.require()));
  }

  @GetMapping("/api/cases/{id}/extension-requests")
  @Operation(summary = "延长执行期限的申请及审批结果")
  List<ExtensionRequestView> extensions(@PathVariable String id) {
    return lifecycle.extensionRequests(id, CurrentUser.require());
  }

  @GetMapping("/api/case-groups/{groupId}")
  @Operation(summary = "集中执行组：同一被执行人的案件、合计申请金额与到位金额")
  CaseGroupView group(@PathVariable String groupId) {
    return cases.group(groupId, CurrentUser.require());
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
  @Operation(summary = "本院参与的案件（领导：全部），可按法院、状态、类别、执行方式、是否逾期筛选")
  List<CaseView> list(
      @RequestParam(required = false) String courtCode,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) String mode,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Boolean overdue) {
    return cases.list(CurrentUser.require(), courtCode, status, mode, category, overdue);
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
  @Operation(summary = "案件详情，含办理记录（案件日志与流程历史合并）")
  CaseView get(@PathVariable String id) {
    CaseView found = cases.get(id, CurrentUser.require());
    CaseProcess engine = process.getIfAvailable();
    return engine == null ? found : found.withProcessHistory(engine.timeline(id, clock.getZone()));
  }
}
