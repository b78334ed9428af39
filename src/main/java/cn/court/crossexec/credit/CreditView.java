package cn.court.crossexec.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A debtor's credit as the courts see it: every discipline of the debtor the user may see, with its history. */
public record CreditView(String debtorIdNumber, String debtorName, boolean currentlyListed, boolean underRestriction,
    List<Entry> entries) {

  public record Entry(String id, String caseId, String caseNumber, String courtCode, String status, String statusLabel,
      String classification, String classificationReason, String grade, String gradeReason, String measures,
      Integer termMonths, LocalDate disciplinedOn, LocalDate termEndsOn, LocalDate graceUntil, LocalDate suspendedOn,
      boolean published, List<GroundView> grounds, List<PersonView> personsBound, String removalCause,
      String removalCauseLabel, OffsetDateTime removalDueAt, OffsetDateTime removedAt, String removedBy,
      LocalDate noRelistingUntil, List<LiftingView> oneTimeLiftings, List<CorrectionView> corrections,
      List<PushView> pushes, List<HistoryView> history) {}

  public record GroundView(String ground, String label, String evidence) {}

  public record PersonView(String role, String name, String idNumber, OffsetDateTime boundAt, OffsetDateTime releasedAt) {}

  public record LiftingView(String purpose, LocalDate liftedOn, String recordedBy, OffsetDateTime recordedAt) {}

  public record CorrectionView(long id, String reason, String filedBy, OffsetDateTime filedAt, OffsetDateTime reviewDueAt,
      String outcome, String outcomeNote, String reviewedBy, OffsetDateTime reviewedAt) {}

  public record PushView(String action, String status, int attempts, String lastError, String platformRef,
      OffsetDateTime createdAt, OffsetDateTime deliveredAt) {}

  public record HistoryView(String type, String detail, String actor, OffsetDateTime at) {}
}
