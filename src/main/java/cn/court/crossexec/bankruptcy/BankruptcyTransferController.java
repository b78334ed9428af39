package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "执破衔接", description = "Enforcement–bankruptcy linkage: transfers to bankruptcy review and consents")
class BankruptcyTransferController {

  private final BankruptcyTransferService transfers;

  BankruptcyTransferController(BankruptcyTransferService transfers) {
    this.transfers = transfers;
  }

  @PostMapping("/api/debtors/{uscc}/bankruptcy-transfers")
  @Operation(summary = "启动移送破产审查（执行法院或指挥中心；被执行人须为企业法人）：先甄别，后征询书面同意、承办法官意见、合议庭评议、"
      + "院长签署；已有进行中的移送或本案移送未成的，409")
  ResponseEntity<TransferView> start(@PathVariable String uscc, @RequestBody TransferRequests.Start request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(transfers.start(uscc, request, CurrentUser.require()));
  }

  @PostMapping("/api/debtors/{uscc}/bankruptcy-consents")
  @Operation(summary = "记录被执行人或申请执行人同意移送破产审查的书面意见（注明来自的案件）；同一人同一案件重复提交返回原记录；"
      + "移送已结束或答复期限届满的，409")
  ResponseEntity<TransferView.Consent> consent(@PathVariable String uscc, @RequestBody TransferRequests.Consent request) {
    var recorded = transfers.recordConsent(uscc, request, CurrentUser.require());
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded.value());
  }

  @GetMapping("/api/bankruptcy-transfers/{id}")
  @Operation(summary = "一次移送破产审查：甄别事实与结论（适用规则及理由）、书面同意、办理记录")
  TransferView transfer(@PathVariable String id) {
    return transfers.transfer(id, CurrentUser.require());
  }
}
