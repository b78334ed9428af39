package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "分配方案")
public record PlanView(String distributionId, DistributionStatus status, String statusLabel, OrderingRule orderingRule,
    String orderingRuleLabel, long distributableFen, @Schema(description = "清偿全部债权后退还被执行人") long surplusFen,
    int planVersion, OffsetDateTime claimsCloseAt, OffsetDateTime notifiedAt, OffsetDateTime objectionsCloseAt,
    OffsetDateTime counterCloseAt, OffsetDateTime lawsuitsCloseAt, String approvedBy, OffsetDateTime closedAt,
    List<Share> shares, List<Objection> objections,
    @Schema(description = "债权申报期间的最后一日（该日24时截止，节假日顺延，与计时器一致）") LocalDate claimsLastDay,
    @Schema(description = "异议期间的最后一日") LocalDate objectionsLastDay,
    @Schema(description = "反对意见期间的最后一日") LocalDate counterLastDay,
    @Schema(description = "起诉期间的最后一日") LocalDate lawsuitsLastDay,
    @Schema(description = "能否按查封先后顺序清偿（民诉法解释第五百一十四条）") SeizureOrder seizureOrder) {

  @Schema(description = "按查封先后顺序清偿的条件：被执行人为企业法人，且执行转破产未被受理或当事人不同意移送")
  public record SeizureOrder(boolean allowed, @Schema(description = "不能适用的原因") String problem,
      @Schema(description = "执行转破产未成的情形") BankruptcyTransferOutcome bankruptcyTransfer, String basis,
      String recordedBy, OffsetDateTime recordedAt) {}

  @Schema(description = "债权人的分配额")
  public record Share(long claimId, int position, String creditorName, ClaimKind kind, String kindLabel, long claimedFen,
      long shareFen, @Schema(description = "提存") long heldFen, long paidFen,
      @Schema(description = "本次分配后仍未受偿（可继续执行）") long unpaidFen) {}

  @Schema(description = "对分配方案的异议")
  public record Objection(long id, @Schema(description = "异议人的债权；被执行人提出异议的为空") Long objectorClaimId,
      String objectorName, @Schema(description = "被执行人提出的异议") boolean byDebtor, long targetClaimId, String targetName,
      long disputedFen, String reason, ObjectionStatus status, String statusLabel, String counterReason, String lawsuitNumber,
      Long objectorAwardedFen, String filedBy, OffsetDateTime filedAt, String updatedBy, OffsetDateTime updatedAt) {}
}
