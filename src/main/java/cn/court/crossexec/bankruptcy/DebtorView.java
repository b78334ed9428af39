package cn.court.crossexec.bankruptcy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One debtor across every court: its cases, what is in force on its assets, and where its bankruptcy stands. */
@Schema(description = "被执行人（跨法院）：全部执行案件、财产控制措施、在进行的处置、破产审查状态与记录")
public record DebtorView(
    @Schema(description = "统一社会信用代码") String uscc,
    @Schema(description = "被执行人名称") String name,
    @Schema(description = "在办案件数") int openCases,
    @Schema(description = "申请执行标的合计（分）") long amountClaimedFen,
    @Schema(description = "已执行到位合计（分）") long recoveredFen,
    List<Case> cases,
    @Schema(description = "破产审查状态") String bankruptcyStatus,
    @Schema(description = "破产审查状态说明") String bankruptcyStatusLabel,
    @Schema(description = "执破衔接记录（各次移送审查，按时间排序）") List<Event> bankruptcyHistory,
    @Schema(description = "最近一次移送破产审查（甄别、书面同意、决定）；未启动时为空") TransferView bankruptcyTransfer) {

  @Schema(description = "针对该被执行人的一件执行案件")
  public record Case(String caseId, String caseNumber, String executingCourtCode, String status, String statusLabel,
      long amountClaimedFen, long recoveredFen, List<Asset> measuresByAsset, List<Disposal> disposalsUnderWay) {}

  @Schema(description = "一项财产及其上有效的控制措施（含轮候）")
  public record Asset(String assetKey, String assetDescription, String assetType, List<Measure> measures) {}

  public record Measure(long id, String kind, String courtCode, int queueRank, String status, LocalDate expiresOn) {}

  public record Disposal(String id, long measureId, String assetDescription, String status, String statusLabel,
      boolean perishable, String coreAssetHold) {}

  public record Event(String type, String detail, String actor, OffsetDateTime occurredAt) {}
}
