package cn.court.crossexec.bankruptcy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the linkage has recorded about a debtor, for the debtor page: its latest transfer's status and every history. */
@Component
class BankruptcyRecords {

  record Status(String code, String label) {}

  static final Status NONE = new Status("NONE", "未启动移送破产审查");

  private final TransferRecords records;

  BankruptcyRecords(TransferRecords records) {
    this.records = records;
  }

  Status statusOf(String uscc) {
    return latest(uscc).map(t -> new Status(t.state().name(), t.state().label())).orElse(NONE);
  }

  /** The debtor's latest transfer, with its screening and consents (null when none was started). */
  TransferView latestTransfer(String uscc) {
    return latest(uscc).map(t -> TransferView.of(t, records.consents(t.id()), records.historyOf(t.id()))).orElse(null);
  }

  List<DebtorView.Event> history(String uscc) {
    return records.historyOfDebtor(uscc).stream()
        .map(h -> new DebtorView.Event(h.type(), h.detail(), h.actor(), h.at())).toList();
  }

  private Optional<TransferRecords.Transfer> latest(String uscc) {
    return records.ofDebtor(uscc).stream().findFirst();
  }
}
