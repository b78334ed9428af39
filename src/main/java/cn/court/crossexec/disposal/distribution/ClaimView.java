package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(description = "参与分配的债权")
public record ClaimView(long id, String creditorName, String creditorIdNumber, String titleNumber, ClaimKind kind,
    String kindLabel, int rank, long amountFen, long satisfiedFen, @Schema(description = "尚未受偿") long remainingFen,
    LocalDate seizedOn, @Schema(description = "本案申请执行人") boolean ownApplicant, String filedBy, OffsetDateTime filedAt,
    @Schema(description = "担保物（控制措施编号；优先受偿债权、担保债权仅从该财产的变价款中优先受偿）") Long collateralMeasureId,
    @Schema(description = "查封裁定的时间（控制措施记录）：同日查封的，按此先后") OffsetDateTime seizureOrderedAt) {

  static ClaimView of(DistributionRecords.Claim c) {
    return new ClaimView(c.id(), c.creditorName(), c.creditorIdNumber(), c.titleNumber(), c.kind(), c.kind().label(), c.rank(),
        c.amountFen(), c.satisfiedFen(), c.remainingFen(), c.seizedOn(), c.ownApplicant(), c.filedBy(), c.filedAt(),
        c.collateralMeasureId(), c.seizureOrderedAt());
  }
}
