package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(description = "联合执行事项")
public record WorkItemView(Long id, String caseId, WorkItemType type, String typeLabel, String courtCode, LocalDate dueOn,
    String instructions, String status, boolean overdue, String outcome, String result, Long measureId, Long leadId,
    String assignedBy, OffsetDateTime assignedAt, String completedBy, OffsetDateTime completedAt) {

  static WorkItemView of(WorkItem w) {
    return new WorkItemView(w.getId(), w.getCaseId(), w.getType(), w.getType().label(), w.getCourtCode(), w.getDueOn(),
        w.getInstructions(), w.getStatus().name(), w.isOverdue(), w.getOutcome(), w.getResult(), w.getMeasureId(),
        w.getLeadId(), w.getAssignedBy(), w.getAssignedAt(), w.getCompletedBy(), w.getCompletedAt());
  }
}
