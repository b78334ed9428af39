package cn.court.crossexec.gateway;

import cn.court.crossexec.platform.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the simulated platform's bidding ends for a listing: derived from a hash of the asset key and the listing's
 * sequence only, so the same listing always ends the same way while successive listings of one asset differ.
 */
final class SimulatedAuctionResults {

  private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙"};
  private static final String[] GIVEN_NAMES = {"伟", "芳", "敏", "静", "磊", "洋", "勇", "杰", "婷", "强", "军", "丽", "建国", "晓明"};
  /** Districts of Shenzhen, Guangzhou, Beijing and Shanghai: real region codes, so the numbers look like real ones. */
  private static final String[] REGIONS = {"440305", "440304", "440303", "440306", "440106", "110105", "310115"};
  private static final int[] CHECK_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final int MAX_INCREMENTS = 20;

  private SimulatedAuctionResults() {}

  static AuctionResult resultFor(AuctionListing listing, AuctionResult.Outcome outcome) {
    long seed = seed(listing.assetKey() + ":" + listing.sequence());
    if (outcome == AuctionResult.Outcome.FAILED) {
      String message = listing.kind() == AuctionListing.Kind.SELL_OFF ? "变卖期内无人竞买（模拟）" : "无人出价，流拍（模拟）";
      return new AuctionResult(listing.auctionId(), outcome, null, null, null, 0, message);
    }
    // Each bid raises the last by one increment (1 % of the starting price, at least 1 yuan); the first bid is at
    // the starting price, so the price never falls below it.
    int increments = (int) Math.floorMod(seed, MAX_INCREMENTS);
    long increment = Math.max(100L, listing.startingPriceFen() / 100);
    long price = Math.addExact(listing.startingPriceFen(), Math.multiplyExact(increments, increment));
    Buyer buyer = buyer(seed >>> 8, barred(listing));
    String message = outcome == AuctionResult.Outcome.SOLD
        ? "竞价成交，成交价 " + Money.yuan(price) + "，买受人已付清余款（模拟）"
        : "竞价成交价 " + Money.yuan(price) + "，买受人未按期支付余款，悔拍（模拟）";
    return new AuctionResult(listing.auctionId(), outcome, price, buyer.name(), buyer.idNumber(), increments + 1, message);
  }

  record Buyer(String name, String idNumber) {}

  /** The first candidate buyer, from the seed on, who is not barred from the asset. */
  private static Buyer buyer(long seed, Set<String> barred) {
    for (long attempt = 0; ; attempt++) {
      long s = seed(Long.toString(seed + attempt));
      String name = SURNAMES[(int) Math.floorMod(s, SURNAMES.length)]
          + GIVEN_NAMES[(int) Math.floorMod(s >>> 8, GIVEN_NAMES.length)];
      String idNumber = idNumber(s >>> 16);
      if (!barred.contains(idNumber)) {
        return new Buyer(name, idNumber);
      }
    }
  }

  /** A resident ID number in the national format (GB 11643): region, birth date, sequence, check character. */
  static String idNumber(long seed) {
    String region = REGIONS[(int) Math.floorMod(seed, REGIONS.length)];
    LocalDate born = LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(seed >>> 8, 40 * 365));
    String body = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%03d", Math.floorMod(seed >>> 24, 1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * CHECK_WEIGHTS[i];
    }
    return body + CHECK_CHARS.charAt(sum % 11);
  }

  private static Set<String> barred(AuctionListing listing) {
    return listing.barredBidderIdNumbers().stream().map(id -> id.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  private static long seed(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long seed = 0;
      for (int i = 0; i < 8; i++) {
        seed = (seed << 8) | (hash[i] & 0xff);
      }
      return seed;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
