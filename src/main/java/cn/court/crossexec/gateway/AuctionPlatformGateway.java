package cn.court.crossexec.gateway;

/**
 * The online judicial auction platform (网络司法拍卖平台). Publishing returns at once; the platform reports the
 * listing's result later through {@link AuctionResults#receive}, the one path both the simulator and the real
 * platform's callback take. Selected by {@code crossexec.gateway.auction-platform.mode}: {@code simulator} (default)
 * or {@code http}. Publishing the same auction id twice must not list the asset twice (idempotent by auction id).
 */
public interface AuctionPlatformGateway {

  void publish(AuctionListing listing);
}
