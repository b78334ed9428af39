package cn.court.crossexec.intake;

import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the API's view of an application, with its decision and (in detail) its event log. */
@Component
class ApplicationViews {

  private final DecisionRepository decisions;
  private final ApplicationEventRepository events;

  ApplicationViews(DecisionRepository decisions, ApplicationEventRepository events) {
    this.decisions = decisions;
    this.events = events;
  }

  ApplicationView of(Application a, boolean detailed) {
    List<ApplicationView.Party> applicants = parties(a, PartyRole.APPLICANT);
    List<ApplicationView.Party> debtors = parties(a, PartyRole.DEBTOR);
    ApplicationView.DecisionView decision = decisions.findById(a.getId()).map(d -> decision(a, d)).orElse(null);
    List<ApplicationView.Event> log = detailed
        ? events.findByApplicationIdOrderByOccurredAtAscIdAsc(a.getId()).stream()
            .map(e -> new ApplicationView.Event(e.getType(), e.getDetail(), e.getActor(), e.getOccurredAt()))
            .toList()
        : null;
    return new ApplicationView(
        a.getId(), a.getStatus(), a.getStatus().label(), a.getSource(), a.getCaseNumber(), a.getOriginalCourtCode(),
        a.getCoordinatingCourtCode(), a.getFiledOn(), a.getOriginalCourtReceivedOn(), a.getAmountClaimedFen(), applicants, debtors, a.getAssetLeads(),
        a.getReasons(), a.indicatorSet(), a.materialSet(), a.getPartiesWishes(),
        a.getExcludedPeriods().stream().map(p -> new ApplicationView.Period(p.getKind(), p.getFromDate(), p.getToDate())).toList(),
        a.getMissingMaterial(), a.getSupplementDueOn(), a.getEligible(), a.getCategory(), a.getEligibilityReason(),
        a.getEffectiveStallMonths(), a.getStallEligibleFrom(), a.getReviewDueOn(), a.getRejectionReason(), decision, a.getCaseId(), a.getSubmittedBy(),
        a.getCreatedAt(), log);
  }

  private static List<ApplicationView.Party> parties(Application a, PartyRole role) {
    return a.getParties().stream()
        .filter(p -> p.getRole() == role)
        .map(p -> new ApplicationView.Party(p.getName(), p.getType(), p.getIdNumber()))
        .toList();
  }

  private static ApplicationView.DecisionView decision(Application a, Decision d) {
    return new ApplicationView.DecisionView(
        d.getMode(), d.getMode().label(), d.getProposedMode(), d.getCategory(), d.getCoordinatingCourtCode(),
        d.getExecutingCourtCode(),
        d.getCourts().stream().map(c -> new ApplicationView.CourtInRole(c.getCourtCode(), c.getRole())).toList(),
        d.getNecessity(), d.getConvenience(), d.getRegularity(), d.getReasons(), d.getOverrideReason(),
        d.getSupervisionDueOn(), d.getDecidedBy(), d.getDecidedAt(), d.getRevision(),
        "/api/applications/" + a.getId() + "/decision-document");
  }
}
