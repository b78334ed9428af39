package cn.court.crossexec.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** The engine's open incidents and the undeliverable process messages, per court, each linked to where it is handled. */
@Schema(description = "流程引擎未处理的异常（incident）与无法送达的流程消息，按执行法院计数；每行链接到查看和处理之处")
record Operations(
    List<CourtOperations> byCourt,
    List<IncidentRow> incidents,
    List<MessageRow> messages,
    @Schema(description = "全部无法送达消息的列表（执行局领导）") String messagesLink,
    @Schema(description = "Cockpit 中的流程列表（执行局领导）") String incidentsLink) {

  /** Rows whose case is unknown to the dashboard (e.g. a message about a process without a case) are shown to managers only. */
  static final String UNASSIGNED = "未归属案件";

  record CourtOperations(@Schema(description = "执行法院代码；未归属案件时为空") String courtCode, String courtName,
      @Schema(description = "未处理的流程异常数") long openIncidents,
      @Schema(description = "无法送达的流程消息数") long undeliverableMessages) {}

  record IncidentRow(String incidentId, String caseId, String enforcementNumber, String courtCode, String courtName,
      @Schema(description = "异常类型，如 failedJob、failedExternalTask") String type,
      @Schema(description = "出错的流程环节") String activityId, String message, OffsetDateTime since,
      @Schema(description = "Cockpit 中的流程实例") String link,
      @Schema(description = "案件页面链接；未归属案件时为空") String caseLink) {}

  record MessageRow(long messageId, String caseId, String enforcementNumber, String courtCode, String courtName,
      @Schema(description = "消息是什么") String description, @Schema(description = "最后一次失败的原因") String lastError,
      @Schema(description = "判定无法送达的时间") OffsetDateTime since,
      @Schema(description = "该消息在流程消息列表中的位置（执行局领导可重新发送）") String link,
      @Schema(description = "案件页面链接；未归属案件时为空") String caseLink) {}
}
