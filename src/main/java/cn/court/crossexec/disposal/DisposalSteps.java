package cn.court.crossexec.disposal;

import cn.court.crossexec.calendar.LegalCalendar;
import cn.court.crossexec.enforcement.CaseDirectory;
import cn.court.crossexec.enforcement.CaseFacts;
import cn.court.crossexec.enforcement.CaseLifecycleService;
import cn.court.crossexec.enforcement.ExcludedKind;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.calendar.CourtClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the disposal workers share: the disposal of a job, the case's event log, the court clock, and the variables
 * the auction-plan task shows for a round (minimum starting price, deposit range, notice period), so that every
 * path into that task (first round, after a failure, after a default) prepares it the same way.
 */
@Component
class DisposalSteps {

  static final String NO_PROBLEM = null;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Disposals disposals;
  private final CaseDirectory cases;
  private final CaseLifecycleService lifecycle;
  private final AuctionRules rules;
  private final DisposalProperties properties;
  private final CourtClock clock;
  private final LegalCalendar calendar;

  DisposalSteps(Disposals disposals, CaseDirectory cases, CaseLifecycleService lifecycle, AuctionRules rules,
      DisposalProperties properties, CourtClock clock, LegalCalendar calendar) {
    this.calendar = calendar;
    this.disposals = disposals;
    this.lifecycle = lifecycle;
    this.cases = cases;
    this.rules = rules;
    this.properties = properties;
    this.clock = clock;
  }

  Disposal disposal(String id) {
    return disposals.get(id);
  }

  CaseFacts facts(String caseId) {
    return cases.facts(caseId);
  }

  /**
   * The asset has left the debtor: each other case whose measure waited on it (轮候) is told on its log that its
   * creditor may join this case's distribution of the proceeds (民诉法解释第五百零六条), once per case.
   */
  void promptWaitingCreditors(Disposal d, java.util.List<cn.court.crossexec.enforcement.MeasureView> ended, String how) {
    String caseNumber = cases.facts(d.caseId()).caseNumber();
    ended.stream().map(cn.court.crossexec.enforcement.MeasureView::caseId).filter(id -> !id.equals(d.caseId())).distinct()
        .forEach(other -> record(other, "DISTRIBUTION_CLAIM_PROMPT", "本案查封（含轮候查封）的财产“" + d.assetDescription()
            + "”已在（" + caseNumber + "）中" + how + "，本案申请执行人可向该案执行法院申请参与分配（POST /api/cases/" + d.caseId()
            + "/claims，在其债权申报期间内）"));
  }

  void record(String caseId, String type, String detail) {
    cases.record(caseId, type, detail, null);
  }

  OffsetDateTime now() {
    return clock.now();
  }

  LocalDate today() {
    return clock.today();
  }

  /** A limit "within N days" ends with its last day: the timer fires when that day is over (court time). */
  String endOf(LocalDate day) {
    return clock.endOf(day).toString();
  }

  /**
   * A legal period from today (the valuation, price-objection, auction-notice and plan periods): today not counted,
   * 24:00 court time of its last day, moved off holidays and rest days ({@link LegalCalendar}).
   */
  String endOfPeriodFromToday(Period period) {
    return endOf(lastDayFromToday(period));
  }

  /** The last day of a legal period from today, as the form texts name it. */
  LocalDate lastDayFromToday(Period period) {
    return calendar.lastDay(calendar.dayOf(now()), period);
  }

  /** The last day of a legal period from an event's day. */
  LocalDate lastDay(LocalDate eventDay, Period period) {
    return calendar.lastDay(eventDay, period);
  }

  /**
   * The disposal has ended: its valuation (from the disposal's start to the reference price) and its auctions and
   * sell-off (from the first notice to today) do not count towards the case's six-month limit (审限规定).
   */
  void excludeDisposalPeriods(Disposal d) {
    if (d.pricedAt() != null) {
      lifecycle.excludeRecordedPeriod(d.caseId(), ExcludedKind.VALUATION, disposals.openedAt(d.id()).atZoneSameInstant(clock.zone()).toLocalDate(),
          d.pricedAt().atZoneSameInstant(clock.zone()).toLocalDate(), "确定参考价：" + d.assetDescription());
    }
    disposals.auctionsOf(d.id()).stream().findFirst().ifPresent(first -> lifecycle.excludeRecordedPeriod(d.caseId(),
        ExcludedKind.AUCTION, first.publishedAt().atZoneSameInstant(clock.zone()).toLocalDate(), today(),
        "拍卖、变卖：" + d.assetDescription()));
  }

  static String text(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /**
   * The variables of the auction-plan task for a round: what it shows, a suggested plan (the lowest lawful starting
   * price and the lowest lawful deposit, 5 %), and when it is due.
   *
   * @param previousStartingFen the starting price of the failed first round (round 2), else null
   */
  Map<String, Object> planVariables(Disposal d, int round, boolean afterDefault, Long previousStartingFen, Period dueWithin) {
    long reference = d.referencePriceFen();
    long minimum = round == 1 ? rules.minFirstStartingPrice(reference) : rules.minReauctionStartingPrice(previousStartingFen);
    Period notice = rules.noticePeriod(d.assetClass(), round > 1);
    // the lowest lawful values, as the README says: the minimum starting price and the minimum deposit
    java.math.BigDecimal suggestedDeposit = properties.minDepositRatio().movePointRight(2);
    Map<String, Object> v = new HashMap<>();
    v.put("auctionRound", round);
    v.put("afterDefault", afterDefault);
    v.put("auctionRoundText", (round == 1 ? "第一次拍卖" : "第二次拍卖") + (afterDefault ? "（悔拍后重新拍卖）" : ""));
    v.put("referencePriceText", Money.yuan(reference) + "（" + ValuationMethod.labelOf(d.valuationMethod()) + "）");
    v.put("minStartingPriceText", Money.yuan(minimum) + (round == 1
        ? "（参考价的 " + percent(properties.minStartingPriceRatio()) + "）"
        : "（上次起拍价 " + Money.yuan(previousStartingFen) + " 降价不超过 " + percent(properties.maxPriceCut()) + "）"));
    v.put("depositRangeText", percent(properties.minDepositRatio()) + " 至 " + percent(properties.maxDepositRatio())
        + "（占起拍价；按最低起拍价为 " + Money.yuan(rules.minDepositFen(minimum)) + " 至 " + Money.yuan(rules.maxDepositFen(minimum))
        + "，最低额向上取整到分，最高额向下取整到分）");
    v.put("noticePeriodText", "公告期 " + notice.getDays() + " 日（" + d.assetClass().label() + "；今日发布的，公告期至 "
        + text(lastDayFromToday(notice)) + "24时，节假日顺延）");
    v.put("startingPriceYuan", java.math.BigDecimal.valueOf(minimum, 2).doubleValue()); // a number field pre-filled
    v.put("depositPercent", suggestedDeposit.doubleValue());
    v.put("planDueAt", endOfPeriodFromToday(dueWithin));
    v.put("auctionPlanProblem", NO_PROBLEM);
    return v;
  }

  static String percent(java.math.BigDecimal ratio) {
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
