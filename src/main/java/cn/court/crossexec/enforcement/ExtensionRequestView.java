package cn.court.crossexec.enforcement;

import java.time.OffsetDateTime;

public record ExtensionRequestView(Long id, String reason, int months, String status, String requestedBy,
    OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

  static ExtensionRequestView of(ExtensionRequest r) {
    return new ExtensionRequestView(r.getId(), r.getReason(), r.getMonths(), r.getStatus().name(), r.getRequestedBy(),
        r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote());
  }
}
