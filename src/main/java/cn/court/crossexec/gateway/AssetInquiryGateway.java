package cn.court.crossexec.gateway;

/**
 * The asset-inquiry system (网络执行查控). Submitting returns at once; every source answers later through
 * {@link AssetInquiryAnswers#receive}, the one path both the simulator and the real system's callback take.
 * Selected by {@code crossexec.gateway.asset-inquiry.mode}: {@code simulator} (default) or {@code http}.
 */
public interface AssetInquiryGateway {

  void submit(AssetInquiryRequest request);
}
