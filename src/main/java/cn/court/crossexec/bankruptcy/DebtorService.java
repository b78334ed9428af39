package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.disposal.DisposalService;
import cn.court.crossexec.disposal.DisposalView;
import cn.court.crossexec.enforcement.CaseStatus;
import cn.court.crossexec.enforcement.CaseView;
import cn.court.crossexec.enforcement.ControlMeasureService;
import cn.court.crossexec.enforcement.MeasureStatus;
import cn.court.crossexec.enforcement.MeasureView;
import cn.court.crossexec.enforcement.OpenCaseCommand;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The debtor across courts (执破衔接's starting point): every enforcement case against one enterprise, matched by the
 * unified social credit code of its DEBTOR party, read through the enforcement and disposal services. A court sees the
 * page when it takes part in at least one of those cases (a command centre likewise, for the cases it coordinates);
 * managers see every debtor; anyone else, and an unknown code, gets 404.
 */
@Service
@Transactional(readOnly = true)
public class DebtorService {

  private final cn.court.crossexec.enforcement.EnforcementCaseService cases;
  private final ControlMeasureService measures;
  private final DisposalService disposals;
  private final BankruptcyRecords records;

  DebtorService(cn.court.crossexec.enforcement.EnforcementCaseService cases, ControlMeasureService measures,
      DisposalService disposals, BankruptcyRecords records) {
    this.cases = cases;
    this.measures = measures;
    this.disposals = disposals;
    this.records = records;
  }

  public DebtorView debtor(String uscc, CurrentUser user) {
    List<CaseView> against = visibleCasesAgainst(uscc, user);
    List<DebtorView.Case> shown = against.stream().map(this::caseOf).toList();
    String name = against.get(0).parties().stream()
        .filter(p -> "DEBTOR".equals(p.role()) && uscc.equals(p.idNumber())).map(OpenCaseCommand.Party::name)
        .findFirst().orElse(uscc);
    int open = (int) against.stream().filter(c -> isOpen(c.status())).count();
    long claimed = 0;
    long recovered = 0;
    for (CaseView c : against) {
      claimed = Math.addExact(claimed, c.amountClaimedFen());
      recovered = Math.addExact(recovered, c.recoveredFen());
    }
    BankruptcyRecords.Status status = records.statusOf(uscc);
    return new DebtorView(uscc, name, open, claimed, recovered, shown, status.code(), status.label(), records.history(uscc),
        records.latestTransfer(uscc));
  }

  /** Every case against the debtor, when the caller may see the debtor at all (else 404). */
  List<CaseView> visibleCasesAgainst(String uscc, CurrentUser user) {
    List<CaseView> against = cases.againstDebtorSeenBy(uscc, user);
    if (against.isEmpty()) {
      throw new NotFoundException("未找到被执行人：" + uscc);
    }
    return against;
  }

  private DebtorView.Case caseOf(CaseView c) {
    Map<String, List<MeasureView>> byAsset = new LinkedHashMap<>();
    for (MeasureView m : measures.ofCase(c.id())) {
      if (m.status() == MeasureStatus.EFFECTIVE || m.status() == MeasureStatus.WAITING) {
        byAsset.computeIfAbsent(m.assetKey(), k -> new ArrayList<>()).add(m);
      }
    }
    List<DebtorView.Asset> assets = byAsset.values().stream().map(ms -> new DebtorView.Asset(ms.get(0).assetKey(),
        ms.get(0).assetDescription(), ms.get(0).assetType().name(), ms.stream().map(m -> new DebtorView.Measure(m.id(),
            m.kind().name(), m.courtCode(), m.queueRank(), m.status().name(), m.expiresOn())).toList())).toList();
    List<DebtorView.Disposal> underWay = disposals.disposalsForSystem(c.id()).stream()
        .filter(d -> !d.status().isFinal()).map(DebtorService::disposalOf).toList();
    return new DebtorView.Case(c.id(), c.caseNumber(), c.executingCourtCode(), c.status().name(), c.statusLabel(),
        c.amountClaimedFen(), c.recoveredFen(), assets, underWay);
  }

  private static DebtorView.Disposal disposalOf(DisposalView d) {
    return new DebtorView.Disposal(d.id(), d.measureId(), d.assetDescription(), d.status().name(), d.statusLabel(),
        d.perishable(), d.coreAssetHold());
  }

  /** Still being enforced (终本 counts as concluded, as in the courts' statistics). */
  static boolean isOpen(CaseStatus status) {
    return status == CaseStatus.OPEN || status == CaseStatus.SETTLEMENT;
  }

}
