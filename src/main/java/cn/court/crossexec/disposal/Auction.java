package cn.court.crossexec.disposal;

import java.time.OffsetDateTime;

/** One listing on the auction platform (an auction round or the sell-off), as stored in asset_auction. */
record Auction(String id, String disposalId, int round, String kind, long startingPriceFen, long depositFen,
    int noticeDays, OffsetDateTime publishedAt, OffsetDateTime biddingStartsAt, OffsetDateTime biddingEndsAt,
    String preemptionHolders, String status, Long finalPriceFen, String buyerName, String buyerIdNumber,
    OffsetDateTime settledAt, String publishedBy) {

  boolean isSellOff() {
    return "SELL_OFF".equals(kind);
  }
}
