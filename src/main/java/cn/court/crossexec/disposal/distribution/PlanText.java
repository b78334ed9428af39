package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.platform.Money;
import java.util.List;
import java.util.Map;

/**
 * The plan as the reviewing officer reads it in the form: a Chinese table. A process variable holds at most 4,000
 * characters, so a plan with very many creditors shows its first rows and says where the whole plan is.
 */
final class PlanText {

  static final int MAX_LENGTH = 3_800;

  private PlanText() {}

  static String of(Plan plan, Map<Long, DistributionRecords.Claim> claims, String caseId) {
    StringBuilder text = new StringBuilder()
        .append("可供分配金额：").append(Money.yuan(plan.distributableFen()))
        .append("；普通债权清偿顺序：").append(plan.rule().label())
        .append("；清偿后余额（退还被执行人）：").append(Money.yuan(plan.surplusFen())).append("\n\n")
        .append("| 顺位 | 债权人 | 债权性质 | 申报金额 | 分配金额 | 未受偿 |\n|---|---|---|---|---|---|\n");
    List<PlannedShare> shares = plan.shares();
    for (int i = 0; i < shares.size(); i++) {
      PlannedShare share = shares.get(i);
      DistributionRecords.Claim claim = claims.get(share.claimId());
      String row = "| " + share.position() + " | " + claim.creditorName() + " | " + claim.kind().label() + " | "
          + Money.yuan(share.claimedFen()) + " | " + Money.yuan(share.shareFen()) + " | "
          + Money.yuan(share.claimedFen() - share.shareFen()) + " |\n";
      if (text.length() + row.length() > MAX_LENGTH - 120) {
        text.append("\n……共 ").append(shares.size()).append(" 位债权人，其余 ").append(shares.size() - i)
            .append(" 位见 /api/cases/").append(caseId).append("/distribution-plan");
        break;
      }
      text.append(row);
    }
    return text.toString();
  }
}
