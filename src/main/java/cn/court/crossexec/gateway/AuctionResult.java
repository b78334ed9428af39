package cn.court.crossexec.gateway;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the auction platform (or the simulator) reports for one listing, once bidding and payment are over.
 * A sale and a default name the winning price and buyer; a failed listing names neither.
 */
@Schema(description = "网络司法拍卖结果")
@ConsistentAuctionResult
public record AuctionResult(
    @NotBlank(message = "不能为空") @Size(max = 36, message = "最多36字符") String auctionId,
    @NotNull(message = "不能为空") Outcome outcome,
    Long finalPriceFen,
    @Size(max = 200, message = "最多200字") String buyerName,
    @Pattern(regexp = "[0-9A-Z]{18}", message = "应为18位身份证号码或统一社会信用代码") String buyerIdNumber,
    @PositiveOrZero(message = "不能为负") Integer bids,
    @Size(max = 500, message = "最多500字") String message) {

  public enum Outcome {
    /** 成交: the buyer paid in full */
    SOLD,
    /** 流拍: nobody bid (for a sell-off: nobody bought within the period) */
    FAILED,
    /** 悔拍: the winning buyer did not pay; the deposit is forfeited and the buyer barred from this asset */
    DEFAULTED
  }
}
