package cn.court.crossexec.disposal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time limits and ratios of asset disposal, from configuration and checked at start-up against the law: the
 * reference price (确定财产处置参考价规定, 法释〔2018〕15号, "参考价规定") and the online judicial auction
 * (网络司法拍卖规定, 法释〔2016〕18号, "网拍规定"). A court may be stricter than the law, never looser: a value beyond
 * the law's bound refuses to start, naming the property and the article, so that no auction is ever planned on an
 * unlawful setting. Periods bounded by the law in days must be given in days (P30D, not P1M) because a month has no
 * fixed number of days. The distribution windows ({@code crossexec.disposal.distribution.*}) have their own class.
 *
 * @param valuationStartPeriod start the valuation within this of the seizure (at most 30 days, 参考价规定第二条)
 * @param priceObjectionPeriod the parties may object to the reference price within this (at least 5 days, 第二十二条)
 * @param auctionStartPeriod plan the first auction within this of the reference price (court practice; positive)
 * @param minStartingPriceRatio the starting price is at least this share of the reference price (0.70–1, 网拍规定第十条)
 * @param movableNoticePeriod public notice of a first auction of movables (at least 15 days, 第十二条)
 * @param immovableNoticePeriod the same for real estate and other property rights (at least 30 days, 第十二条)
 * @param minDepositRatio the smallest deposit as a share of the starting price (at least 0.05, 第十七条)
 * @param maxDepositRatio the largest deposit as a share of the starting price (at most 0.20, 第十七条)
 * @param biddingPeriod how long bidding runs (at least 24 hours, 第二十条)
 * @param reauctionPeriod re-auction within this of a failed auction (at most 30 days, 第二十六条)
 * @param maxPriceCut the re-auction's starting price is cut by at most this share of the previous one (0–0.20, 第二十六条)
 * @param movableReauctionNoticePeriod notice of a re-auction of movables (at least 7 days, 第二十六条)
 * @param immovableReauctionNoticePeriod the same for real estate and other property rights (at least 15 days, 第二十六条)
 * @param sellOffPeriod how long the sell-off after a second failure runs (court practice, to confirm; positive)
 * @param resultGrace after bidding ends, how long to wait for the platform's result before reading what is stored
 */
@ConfigurationProperties("crossexec.disposal")
public record DisposalProperties(
    Period valuationStartPeriod,
    Period priceObjectionPeriod,
    Period auctionStartPeriod,
    BigDecimal minStartingPriceRatio,
    Period movableNoticePeriod,
    Period immovableNoticePeriod,
    BigDecimal minDepositRatio,
    BigDecimal maxDepositRatio,
    Duration biddingPeriod,
    Period reauctionPeriod,
    BigDecimal maxPriceCut,
    Period movableReauctionNoticePeriod,
    Period immovableReauctionNoticePeriod,
    Period sellOffPeriod,
    Duration resultGrace) {

  private static final String PREFIX = "crossexec.disposal.";
  private static final String PRICE_RULES = "参考价规定 (法释〔2018〕15号)";
  private static final String AUCTION_RULES = "网络司法拍卖规定 (法释〔2016〕18号)";

  public DisposalProperties {
    valuationStartPeriod = LegalBound.daysAtMost(
        valuationStartPeriod, 30, PREFIX + "valuation-start-period", PRICE_RULES + " art. 2");
    priceObjectionPeriod = LegalBound.daysAtLeast(
        priceObjectionPeriod, 5, PREFIX + "price-objection-period", PRICE_RULES + " art. 22");
    auctionStartPeriod = LegalBound.positive(auctionStartPeriod, Period.ofDays(10), PREFIX + "auction-start-period");
    minStartingPriceRatio = LegalBound.ratioBetween(minStartingPriceRatio, "0.70", "0.70", "1",
        PREFIX + "min-starting-price-ratio", AUCTION_RULES + " art. 10");
    movableNoticePeriod = LegalBound.daysAtLeast(
        movableNoticePeriod, 15, PREFIX + "movable-notice-period", AUCTION_RULES + " art. 12");
    immovableNoticePeriod = LegalBound.daysAtLeast(
        immovableNoticePeriod, 30, PREFIX + "immovable-notice-period", AUCTION_RULES + " art. 12");
    minDepositRatio = LegalBound.ratioBetween(minDepositRatio, "0.05", "0.05", "0.20",
        PREFIX + "min-deposit-ratio", AUCTION_RULES + " art. 17");
    maxDepositRatio = LegalBound.ratioBetween(maxDepositRatio, "0.20", "0.05", "0.20",
        PREFIX + "max-deposit-ratio", AUCTION_RULES + " art. 17");
    if (minDepositRatio.compareTo(maxDepositRatio) > 0) {
      throw new IllegalArgumentException(PREFIX + "min-deposit-ratio (" + minDepositRatio + ") must not exceed "
          + PREFIX + "max-deposit-ratio (" + maxDepositRatio + ") under " + AUCTION_RULES + " art. 17");
    }
    biddingPeriod = LegalBound.durationAtLeast(
        biddingPeriod, Duration.ofHours(24), PREFIX + "bidding-period", AUCTION_RULES + " art. 20");
    reauctionPeriod = LegalBound.daysAtMost(
        reauctionPeriod, 30, PREFIX + "reauction-period", AUCTION_RULES + " art. 26");
    maxPriceCut = LegalBound.ratioBetween(maxPriceCut, "0.20", "0", "0.20",
        PREFIX + "max-price-cut", AUCTION_RULES + " art. 26");
    movableReauctionNoticePeriod = LegalBound.daysAtLeast(
        movableReauctionNoticePeriod, 7, PREFIX + "movable-reauction-notice-period", AUCTION_RULES + " art. 26");
    immovableReauctionNoticePeriod = LegalBound.daysAtLeast(immovableReauctionNoticePeriod, 15,
        PREFIX + "immovable-reauction-notice-period", AUCTION_RULES + " art. 26");
    sellOffPeriod = LegalBound.positive(sellOffPeriod, Period.ofDays(60), PREFIX + "sell-off-period");
    resultGrace = LegalBound.positive(resultGrace, Duration.ofHours(72), PREFIX + "result-grace");
  }
}
