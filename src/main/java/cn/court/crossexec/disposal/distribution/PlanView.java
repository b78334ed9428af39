package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "分配方案")
public record PlanView(String distributionId, DistributionStatus status, String statusLabel, OrderingRule orderingRule,
    String orderingRuleLabel, long distributableFen, @Schema(description = "清偿全部债权后退还被执行人") long surplusFen,
    int planVersion, OffsetDateTime claimsCloseAt, OffsetDateTime notifiedAt, OffsetDateTime objectionsCloseAt,
    OffsetDateTime counterCloseAt, OffsetDateTime lawsuitsCloseAt, String approvedBy, OffsetDateTime closedAt,
    List<Share> shares, List<Objection> objections) {

  @Schema(description = "债权人的分配额")
  public record Share(long claimId, int position, String creditorName, ClaimKind kind, String kindLabel, long claimedFen,
      long shareFen, @Schema(description = "提存") long heldFen, long paidFen,
      @Schema(description = "本次分配后仍未受偿（可继续执行）") long unpaidFen) {}

  @Schema(description = "对分配方案的异议")
  public record Objection(long id, long objectorClaimId, String objectorName, long targetClaimId, String targetName,
      long disputedFen, String reason, ObjectionStatus status, String statusLabel, String counterReason, String lawsuitNumber,
      Long objectorAwardedFen, String filedBy, OffsetDateTime filedAt, String updatedBy, OffsetDateTime updatedAt) {}
}
