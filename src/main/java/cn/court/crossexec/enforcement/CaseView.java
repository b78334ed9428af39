package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "协同执行案件")
public record CaseView(
    String id,
    String applicationId,
    String caseNumber,
    String category,
    String mode,
    CaseStatus status,
    String statusLabel,
    String coordinatingCourtCode,
    String executingCourtCode,
    String originalCourtCode,
    LocalDate filedOn,
    long amountClaimedFen,
    long recoveredFen,
    List<OpenCaseCommand.CourtInRole> courts,
    List<OpenCaseCommand.Party> parties,
    String openedBy,
    OffsetDateTime openedAt,
    List<Event> timeline) {

  public record Event(String type, String detail, String actor, OffsetDateTime occurredAt) {}
}
