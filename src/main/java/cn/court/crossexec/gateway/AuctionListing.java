package cn.court.crossexec.gateway;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One listing on the online judicial auction platform: an auction round or the sell-off of one asset. Money in fen.
 *
 * @param auctionId the product's id of this listing ({@code asset_auction.id}); echoed in the platform's result
 * @param round the auction round (1, 2) or, for the sell-off, the round it follows
 * @param sequence 1 for the asset's first listing, 2 for its second, ... counting every listing of the disposal
 *     (rounds, re-auctions after a default, the sell-off)
 * @param assetKey the asset's registry key (e.g. the real-estate certificate number)
 * @param preemptionHolders holders of a right of pre-emption (优先购买权人), as the notice names them; may be null
 * @param barredBidderIdNumbers buyers who defaulted on this asset before and may not bid again (网拍规定第二十四条)
 */
public record AuctionListing(
    String auctionId,
    String caseId,
    String disposalId,
    Kind kind,
    int round,
    int sequence,
    String assetKey,
    String assetDescription,
    String assetType,
    long startingPriceFen,
    long depositFen,
    OffsetDateTime biddingStartsAt,
    OffsetDateTime biddingEndsAt,
    String preemptionHolders,
    List<String> barredBidderIdNumbers) {

  public enum Kind {
    /** 网络司法拍卖 */
    AUCTION,
    /** 变卖 */
    SELL_OFF
  }

  public AuctionListing {
    barredBidderIdNumbers = barredBidderIdNumbers == null ? List.of() : List.copyOf(barredBidderIdNumbers);
  }
}
