package cn.court.crossexec.intake;

import cn.court.crossexec.platform.Money;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.platform.Groups;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The variables an application's process starts with: ids and groups the model routes on, the time limits from
 * configuration (timers), the DMN's inputs, and the few texts the review form shows.
 */
@Component
class ProcessStartVariables {

  private final IntakeProperties limits;
  private final CourtService courts;

  ProcessStartVariables(IntakeProperties limits, CourtService courts) {
    this.limits = limits;
    this.courts = courts;
  }

  Map<String, Object> of(Application a) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicationId", a.getId());
    v.put("source", a.getSource().name());
    v.put("sourceLabel", a.getSource().label());
    v.put("caseNumber", a.getCaseNumber());
    v.put("originalCourtCode", a.getOriginalCourtCode());
    v.put("originalCourtName", courts.get(a.getOriginalCourtCode()).name());
    v.put("originalCourtGroup", Groups.court(a.getOriginalCourtCode()));
    v.put("coordinatingCourtCode", a.getCoordinatingCourtCode());
    v.put("coordinatingCourtName", courts.get(a.getCoordinatingCourtCode()).name());
    v.put("commandCentreGroup", Groups.commandCentre(a.getCoordinatingCourtCode()));
    // time limits (ISO-8601 periods for the timers) and thresholds (DMN inputs), from configuration
    v.put("supplementPeriod", limits.supplementPeriod().toString());
    v.put("reviewPeriod", limits.reviewPeriod().toString());
    v.put("reviewPeriodText", limits.reviewPeriod().getDays() + " 日");
    v.put("supervisionPeriod", limits.supervisionPeriod().toString());
    v.put("statutoryStallMonths", limits.statutoryStallMonths());
    v.put("hardBoneStallMonths", limits.hardBoneStallMonths());
    Set<Indicator> indicators = a.indicatorSet();
    for (Indicator indicator : Indicator.values()) {
      v.put(indicator.variable(), indicators.contains(indicator));
    }
    // texts for the review form (Tasklist forms can only show variables)
    v.put("filedOn", a.getFiledOn().toString());
    v.put("amountClaimedText", Money.yuan(a.getAmountClaimedFen()));
    v.put("applicantsText", names(a, PartyRole.APPLICANT));
    v.put("debtorsText", names(a, PartyRole.DEBTOR));
    v.put("reasons", a.getReasons());
    v.put("assetLeadsText", a.getAssetLeads() == null || a.getAssetLeads().isBlank() ? "（未提供）" : a.getAssetLeads());
    v.put("partiesWishesText", a.getPartiesWishes() == null ? "（当事人申请）" : a.getPartiesWishes());
    return v;
  }

  private static String names(Application a, PartyRole role) {
    return a.getParties().stream().filter(p -> p.getRole() == role).map(ApplicationParty::getName)
        .collect(Collectors.joining("、"));
  }
}
