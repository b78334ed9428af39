package cn.court.crossexec.gateway;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One source's answer to an inquiry, as the inquiry system (or the simulator) delivers it. */
@Schema(description = "查控结果")
public record AssetInquiryAnswer(
    @NotBlank(message = "不能为空") @Size(max = 64, message = "最多64字符") String inquiryId,
    @NotBlank(message = "不能为空") @Size(max = 36, message = "最多36字符") String caseId,
    @NotNull(message = "不能为空") AssetSource source,
    @NotNull(message = "不能为空") Outcome outcome,
    @Size(max = 500, message = "最多500字") String message,
    List<@Valid Finding> findings) {

  public enum Outcome {
    /** assets found */
    FOUND,
    /** the source holds nothing for this debtor */
    NONE,
    /** the source could not answer (the inquiry is retried, then flagged) */
    FAILED
  }

  @Schema(description = "查得财产")
  public record Finding(
      @NotNull(message = "不能为空") AssetSource assetType,
      @NotBlank(message = "不能为空") @Size(max = 500, message = "最多500字") String description,
      @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负") Long valueFen,
      @Size(max = 200, message = "最多200字") String location) {}

  public List<Finding> findingsOrEmpty() {
    return findings == null ? List.of() : findings;
  }
}
