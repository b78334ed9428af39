package cn.court.crossexec.bankruptcy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One transfer of an enterprise debtor to bankruptcy review, with its screening, consents and history. */
@Schema(description = "执行案件移送破产审查：甄别、书面同意、移送决定及办理记录")
public record TransferView(
    String id,
    @Schema(description = "被执行人统一社会信用代码") String debtorUscc,
    String debtorName,
    @Schema(description = "移送所依据的执行案件") String caseId,
    String caseNumber,
    String executingCourtCode,
    @Schema(description = "启动方式：COURT 执行法院 / COORDINATOR 指挥中心 / SYSTEM 系统建议") String startedHow,
    String startReason,
    @Schema(description = "状态") TransferState state,
    String stateLabel,
    @Schema(description = "受理破产审查的法院（默认为被执行人住所地中级人民法院）") String receivingCourtCode,
    @Schema(description = "须经其批准的中级人民法院（跨辖区移送，法发〔2017〕2号第六条）") String approvalCourtCode,
    Screening screening,
    @Schema(description = "当事人答复期限（至该时刻止）") OffsetDateTime consentDueAt,
    @Schema(description = "移送决定作出时间") OffsetDateTime decidedAt,
    @Schema(description = "送达期限（至该时刻止）") OffsetDateTime serveDueAt,
    LocalDate servedOn,
    List<Consent> consents,
    List<DebtorView.Event> history,
    OffsetDateTime createdAt,
    String createdBy) {

  @Schema(description = "甄别事实与结论（执行转破产审查甄别表）")
  public record Screening(Long assetsFoundFen, Long debtsFen, Boolean stillOperating, Boolean booksKept,
      Boolean staffRemaining, Integer employees, Boolean brandOrLicences, Integer terminatedForNowCount,
      Integer openCases, Integer oldestCaseAgeMonths,
      @Schema(description = "NOT_INSOLVENT / ZOMBIE / VIABLE") String outcome,
      @Schema(description = "适用的规则") String rule,
      @Schema(description = "理由") String reason) {}

  @Schema(description = "书面同意移送破产审查")
  public record Consent(long id, @Schema(description = "DEBTOR 被执行人 / CREDITOR 申请执行人") String partyRole,
      String partyName, String partyIdNumber, String caseId, String caseNumber, boolean inWriting, String documentRef,
      LocalDate consentedOn, String recordedBy, OffsetDateTime recordedAt) {}

  static TransferView of(TransferRecords.Transfer t, List<TransferRecords.Consent> consents,
      List<TransferRecords.History> history) {
    return new TransferView(t.id(), t.debtorUscc(), t.debtorName(), t.caseId(), t.caseNumber(), t.executingCourtCode(),
        t.startedHow(), t.startReason(), t.state(), t.state().label(), t.receivingCourtCode(), t.approvalCourtCode(),
        new Screening(t.assetsFoundFen(), t.debtsFen(), t.stillOperating(), t.booksKept(), t.staffRemaining(),
            t.employees(), t.brandOrLicences(), t.terminatedForNowCount(), t.openCases(), t.oldestCaseAgeMonths(),
            t.screeningOutcome(), t.screeningRule(), t.screeningReason()),
        t.consentDueAt(), t.decidedAt(), t.serveDueAt(), t.servedOn(), consents.stream().map(TransferView::consent).toList(),
        history.stream().map(h -> new DebtorView.Event(h.type(), h.detail(), h.actor(), h.at())).toList(), t.createdAt(),
        t.createdBy());
  }

  static Consent consent(TransferRecords.Consent c) {
    return new Consent(c.id(), c.partyRole(), c.partyName(), c.partyIdNumber(), c.caseId(), c.caseNumber(), c.inWriting(),
        c.documentRef(), c.consentedOn(), c.recordedBy(), c.recordedAt());
  }
}
