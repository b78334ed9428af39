package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "申请参与分配（由执行法院或指挥中心代债权人登记）")
public record ClaimRequest(
    @Schema(description = "债权人") @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200字") String creditorName,
    @Schema(description = "身份证号或统一社会信用代码（18位）") @NotBlank(message = "不能为空")
        @Size(min = 18, max = 18, message = "应为18位") String creditorIdNumber,
    @Schema(description = "执行依据文号") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100字") String titleNumber,
    @Schema(description = "债权性质") @NotNull(message = "不能为空") ClaimKind kind,
    @Schema(description = "受偿顺位（优先受偿债权、担保债权必填，1 为最先）") Integer rank,
    @Schema(description = "申报金额（分）") @NotNull(message = "不能为空") @Positive(message = "应大于零") @jakarta.validation.constraints.Max(value = cn.court.crossexec.platform.Money.MAX_FEN, message = cn.court.crossexec.platform.Money.MAX_TEXT) Long amountFen,
    @Schema(description = "不再接受：查封顺序以控制措施记录为准（见 seizureCaseId）", deprecated = true)
        @PastOrPresent(message = "不能晚于今天") LocalDate seizedOn,
    @Schema(description = "担保物（优先受偿债权、担保债权必填：查封、扣押、冻结该财产的本案控制措施编号；仅从该财产的变价款中优先受偿，"
        + "不足部分作为普通债权受偿）") Long collateralMeasureId,
    @Schema(description = "债权人在本平台查封、扣押、冻结被执行人财产的执行案件编号（可选）：查封先后以该案控制措施记录为准")
        @Size(max = 36, message = "最多36字") String seizureCaseId) {

  /** A request without a collateral (ordinary claims, costs). */
  public ClaimRequest(String creditorName, String creditorIdNumber, String titleNumber, ClaimKind kind, Integer rank,
      Long amountFen, LocalDate seizedOn) {
    this(creditorName, creditorIdNumber, titleNumber, kind, rank, amountFen, seizedOn, null, null);
  }
}
