package cn.court.crossexec.bankruptcy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The bodies of the linkage's requests; every value is checked by BankruptcyTransferService, all errors at once. */
final class TransferRequests {

  private TransferRequests() {}

  @Schema(description = "启动移送破产审查（执行法院或指挥中心）")
  record Start(
      @Schema(description = "移送所依据的执行案件（针对该被执行人）") String caseId,
      @Schema(description = "启动理由") String reason,
      @Schema(description = "受理法院（中级人民法院代码）；不填则为执行法院所在地中级人民法院") String receivingCourtCode) {}

  @Schema(description = "书面同意移送破产审查（法发〔2017〕2号第四条）")
  record Consent(
      @Schema(description = "同意来自的执行案件") String caseId,
      @Schema(description = "同意人证件号码：被执行人的统一社会信用代码，或该案申请执行人的证件号码") String partyIdNumber,
      @Schema(description = "是否书面同意（须为 true）") Boolean inWriting,
      @Schema(description = "书面同意书的文号或说明") String documentRef,
      @Schema(description = "同意日期") LocalDate consentedOn) {}
}
