package cn.court.crossexec.disposal.distribution;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a sum pro rata to amounts by the largest-remainder (Hamilton) method, exactly to the fen.
 *
 * <p>Each amount a_i of the total A gets floor(S × a_i / A); the fen still left over (fewer than the number of
 * amounts) go one each to the largest remainders (S × a_i mod A), ties to the claim listed first (the caller lists
 * them by filing order, then claim id). Products are taken in BigInteger: amounts up to 10^15 fen times a sum of the
 * same size overflow a long.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * @param sum what is split, 0 ≤ sum ≤ the total of the amounts
   * @param claims in tie-break order (the first wins a tie of remainders)
   * @return each claim's share, in the order of {@code claims}
   */
  static long[] split(long sum, List<ClaimInput> claims) {
    int n = claims.size();
    BigInteger total = BigInteger.ZERO;
    for (ClaimInput claim : claims) {
      total = total.add(BigInteger.valueOf(claim.amountFen()));
    }
    BigInteger s = BigInteger.valueOf(sum);
    long[] shares = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long handedOut = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] quotientAndRemainder = s.multiply(BigInteger.valueOf(claims.get(i).amountFen())).divideAndRemainder(total);
      shares[i] = quotientAndRemainder[0].longValueExact();
      remainders[i] = quotientAndRemainder[1];
      handedOut += shares[i];
    }
    long leftOver = sum - handedOut;
    Integer[] byRemainder = new Integer[n];
    Arrays.setAll(byRemainder, i -> i);
    // a stable sort: equal remainders keep the caller's (filing) order
    Arrays.sort(byRemainder, Comparator.comparing((Integer i) -> remainders[i]).reversed());
    for (int k = 0; k < leftOver; k++) {
      shares[byRemainder[k]]++;
    }
    return shares;
  }
}
