package cn.court.crossexec.disposal;

import java.time.OffsetDateTime;

/** One listing on the auction platform as the API shows it (amounts in fen). */
public record AuctionView(String id, String disposalId, int round, String kind, long startingPriceFen, long depositFen,
    int noticeDays, OffsetDateTime publishedAt, OffsetDateTime biddingStartsAt, OffsetDateTime biddingEndsAt,
    String preemptionHolders, String status, Long finalPriceFen, String buyerName, OffsetDateTime settledAt) {

  static AuctionView of(Auction a) {
    return new AuctionView(a.id(), a.disposalId(), a.round(), a.kind(), a.startingPriceFen(), a.depositFen(), a.noticeDays(),
        a.publishedAt(), a.biddingStartsAt(), a.biddingEndsAt(), a.preemptionHolders(), a.status(), a.finalPriceFen(),
        a.buyerName(), a.settledAt());
  }
}
