package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Claim;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.Payouts.Basis;
import cn.court.crossexec.calendar.CourtClock;
import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.calendar.CourtClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import cn.court.crossexec.platform.Money;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the distribution's workers share: the distribution of a job (locked), the clock, the deadlines the timers
 * wait for, and paying a share (the payout and the share's held and paid amounts move together).
 */
@Component
class DistributionSteps {

  private final DistributionRecords records;
  private final Payouts payouts;
  private final DistributionCases cases;
  private final CourtClock clock;
  private final LegalCalendar calendar;

  DistributionSteps(DistributionRecords records, Payouts payouts, DistributionCases cases, CourtClock clock,
      LegalCalendar calendar) {
    this.records = records;
    this.payouts = payouts;
    this.cases = cases;
    this.clock = clock;
    this.calendar = calendar;
  }

  Distribution lock(String distributionId) {
    return records.lock(distributionId);
  }

  OffsetDateTime now() {
    return clock.now();
  }

  /**
   * A legal period that begins now (民事诉讼法第八十五条): today is not counted, it ends at 24:00 court time of its last
   * day, moved off holidays and rest days ({@link LegalCalendar}); the timer waits for {@link Window#closesAt}, the
   * notices name {@link Window#lastDay}.
   */
  Window window(Period period) {
    LocalDate last = calendar.lastDay(calendar.dayOf(now()), period);
    return new Window(last, calendar.endOfDay(last));
  }

  /** A period's last day and the instant it ends (24:00 of that day, the first instant of the next). */
  record Window(LocalDate lastDay, OffsetDateTime closesAt) {

    /** "2026年12月17日": the day the notices name. */
    String text() {
      return CourtClock.text(lastDay);
    }
  }

  Claim claim(long claimId) {
    return records.claim(claimId).orElseThrow(() -> new IllegalStateException("No claim " + claimId));
  }

  /**
   * Pays {@code fen} of a claim's share (released from escrow by {@code releasedFen}); a payout already made under the
   * same reference changes nothing.
   */
  void payShare(Distribution d, long claimId, long fen, long releasedFen, Basis basis, Long objectionId) {
    String reference = Payouts.reference(d.id(), claimId, basis, objectionId);
    if (payouts.pay(d.id(), claim(claimId), fen, basis, reference, DistributionCases.SYSTEM)) {
      records.changeShare(d.id(), claimId, 0, -releasedFen, fen);
    } else if (fen <= 0 && releasedFen > 0) {
      records.changeShare(d.id(), claimId, 0, -releasedFen, 0);
    }
  }

  /**
   * What a debtor's objection takes from a share (its award): the claims the plan left unpaid share it in the order of
   * payment (the distribution's rule), the rest goes back to the debtor with the surplus. @return the text of where it
   * went, for the case's log
   */
  String releaseToUnpaidClaims(Distribution d, long fen, long targetClaimId, Basis basis, long objectionId) {
    if (fen <= 0) {
      return "";
    }
    List<ClaimInput> unpaid = records.sharesOf(d.id()).stream()
        .filter(s -> s.claimId() != targetClaimId && s.claimedFen() > s.shareFen()).map(s -> {
          Claim c = claim(s.claimId());
          return new ClaimInput(c.id(), c.kind(), c.rank(), s.claimedFen() - s.shareFen(), c.seizedOn(), c.id(), null,
              c.seizureOrderedAt());
        }).toList();
    Plan plan = DistributionCalculator.plan(fen, unpaid, d.rule());
    StringBuilder text = new StringBuilder();
    for (PlannedShare share : plan.shares()) {
      if (share.shareFen() > 0) {
        records.changeShare(d.id(), share.claimId(), share.shareFen(), 0, 0);
        payShare(d, share.claimId(), share.shareFen(), 0, basis, objectionId);
        text.append(claim(share.claimId()).creditorName()).append(' ').append(Money.yuan(share.shareFen())).append('；');
      }
    }
    if (plan.surplusFen() > 0) {
      records.addSurplus(d.id(), plan.surplusFen());
      text.append("退还被执行人 ").append(Money.yuan(plan.surplusFen()));
    }
    return text.toString();
  }

  /** Who objected, as the log names them. */
  String objector(DistributionRecords.Objection o) {
    return o.byDebtor() ? "被执行人" + (o.objectorName() == null ? "" : o.objectorName())
        : claim(o.objectorClaimId()).creditorName();
  }

  void record(String caseId, String type, String detail) {
    cases.record(caseId, type, detail, DistributionCases.SYSTEM);
  }
}
