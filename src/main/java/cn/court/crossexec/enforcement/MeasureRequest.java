package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(description = "控制措施")
public record MeasureRequest(
    @Schema(description = "财产标识（账号、不动产权证号、车牌号、股权登记号等），同一财产的措施按此轮候")
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200字") String assetKey,
    @Schema(description = "财产描述") @NotBlank(message = "不能为空") @Size(max = 500, message = "最多500字") String assetDescription,
    @Schema(description = "财产类型") @NotNull(message = "不能为空") AssetType assetType,
    @Schema(description = "措施：FREEZE 冻结 / SEAL 查封 / SEIZE 扣押") @NotNull(message = "不能为空") MeasureKind kind,
    @Schema(description = "裁定书或协助执行通知书文号") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100字") String orderNumber,
    @Schema(description = "采取措施日期") @NotNull(message = "不能为空") @PastOrPresent(message = "不能晚于今天") LocalDate takenOn,
    @Schema(description = "查封（冻结、扣押）裁定或协助执行通知的作出时间（日期和时刻），轮候顺序按此确定；未填的按采取措施日期零时计")
        @PastOrPresent(message = "不能晚于现在") OffsetDateTime orderedAt) {

  /** Without the time of the order: it counts from the start of the day the measure was taken. */
  public MeasureRequest(String assetKey, String assetDescription, AssetType assetType, MeasureKind kind, String orderNumber,
      LocalDate takenOn) {
    this(assetKey, assetDescription, assetType, kind, orderNumber, takenOn, null);
  }
}
