package cn.court.crossexec.disposal.distribution;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The requests of the objection procedure on a plan (民诉法解释第五百零九条至第五百一十二条). */
final class ObjectionRequests {

  private ObjectionRequests() {}

  @Schema(description = "对分配方案提出异议")
  record Objection(
      @Schema(description = "异议人的债权（债权人提出异议时必填）") Long objectorClaimId,
      @Schema(description = "被执行人提出异议（此时不填异议人的债权）") Boolean byDebtor,
      @Schema(description = "被异议的债权") @NotNull(message = "不能为空") Long targetClaimId,
      @Schema(description = "争议金额（分）") @NotNull(message = "不能为空") @Positive(message = "应大于零") Long disputedFen,
      @Schema(description = "异议理由") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  @Schema(description = "被异议一方的反对意见")
  record Counter(@NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  @Schema(description = "异议人提起分配方案异议之诉")
  record Lawsuit(@Schema(description = "案号") @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100字")
      String lawsuitNumber) {}

  @Schema(description = "分配方案异议之诉的判决")
  record Judgment(@Schema(description = "判归异议人的金额（分），0 至争议金额") @NotNull(message = "不能为空")
      @PositiveOrZero(message = "不能为负") Long objectorAwardedFen) {}
}
