package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

@Schema(description = "分配款支付记录")
public record PayoutView(long id, @Schema(description = "参与分配（以物抵债时为空）") String distributionId, long claimId,
    String creditorName, long amountFen, String basis, String basisLabel, String reference, String paidBy,
    OffsetDateTime paidAt) {}
