package cn.court.crossexec.disposal;

import cn.court.crossexec.gateway.AuctionListings;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The auction platform gateway's view of the listings this capability published. */
@Component
class DisposalAuctionListings implements AuctionListings {

  private final Disposals disposals;

  DisposalAuctionListings(Disposals disposals) {
    this.disposals = disposals;
  }

  @Override
  public Optional<String> caseOfListing(String auctionId) {
    return disposals.caseOfAuction(auctionId);
  }
}
