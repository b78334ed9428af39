package cn.court.crossexec.bankruptcy;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the linkage has recorded about a debtor: its status and its history (screenings, consents). */
@Component
class BankruptcyRecords {

  record Status(String code, String label) {}

  static final Status NONE = new Status("NONE", "未启动移送破产审查");

  Status statusOf(String uscc) {
    return NONE;
  }

  List<DebtorView.Event> history(String uscc) {
    return List.of();
  }
}
