package cn.court.crossexec.disposal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the disposal API takes. */
final class DisposalRequests {

  private DisposalRequests() {}

  @Schema(description = "当事人、利害关系人对参考价的异议（收到参考价后异议期内提出）")
  record PriceObjection(
      @Schema(description = "异议人") @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200字") String objector,
      @Schema(description = "异议理由") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  @Schema(description = "破产审查对核心资产的标记与决定")
  record CoreAssetHold(
      @Schema(description = "HELD：标记为有挽救价值企业的核心资产、暂缓处置；RELEASED：审查决定不予保留、恢复处置；RETAINED：留作重整")
      @NotNull(message = "不能为空") Hold hold,
      @Schema(description = "理由") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String reason) {}

  enum Hold { HELD, RELEASED, RETAINED }

  @Schema(description = "标记鲜活、易腐烂变质或季节性财产（直接及时变卖，不经询价拍卖）")
  record Perishable(@Schema(description = "是否鲜活易腐") @NotNull(message = "不能为空") Boolean perishable) {}
}
