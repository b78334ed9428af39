package cn.court.crossexec.gateway;

import java.util.Optional;

/**
 * Which case an auction listing belongs to. Answered by the capability that lists auctions (disposal owns the
 * listings), so the gateway, which sits below it, never reads its tables.
 */
public interface AuctionListings {

  /** The case of the listing with this auction id; empty when no such listing exists. */
  Optional<String> caseOfListing(String auctionId);
}
