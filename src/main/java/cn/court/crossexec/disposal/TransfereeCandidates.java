package cn.court.crossexec.disposal;

import cn.court.crossexec.disposal.distribution.ClaimKind;
import cn.court.crossexec.disposal.distribution.ClaimView;
import cn.court.crossexec.platform.Money;
import java.util.Comparator;
import java.util.List;

/**
 * The creditors who may take an asset in lieu of payment, from the claims the distribution capability reports (its
 * {@code DistributionService.claims}, never its table): every claim on the case but costs, priority claims first, then
 * secured ones by rank, then the ordinary ones.
 */
final class TransfereeCandidates {

  private TransfereeCandidates() {}

  static List<ClaimView> of(List<ClaimView> claims) {
    return claims.stream().filter(c -> c.kind() != ClaimKind.COSTS)
        .sorted(Comparator.comparingInt((ClaimView c) -> switch (c.kind()) {
          case PRIORITY -> 1;
          case SECURED -> 2;
          default -> 3;
        }).thenComparingInt(ClaimView::rank).thenComparingLong(ClaimView::id))
        .toList();
  }

  /** For the court choosing a creditor: "编号  债权人  类别  未受偿 金额". */
  static List<String> lines(List<ClaimView> claims) {
    return of(claims).stream().map(c -> c.id() + "  " + c.creditorName() + "  " + kindLabel(c) + "  未受偿 "
        + Money.yuan(c.remainingFen())).toList();
  }

  static boolean isCandidate(List<ClaimView> claims, long claimId) {
    return claims.stream().anyMatch(c -> c.id() == claimId && c.kind() != ClaimKind.COSTS);
  }

  private static String kindLabel(ClaimView c) {
    return switch (c.kind()) {
      case PRIORITY -> "优先受偿（第" + c.rank() + "顺位）";
      case SECURED -> "担保债权（第" + c.rank() + "顺位）";
      default -> "普通债权";
    };
  }
}
