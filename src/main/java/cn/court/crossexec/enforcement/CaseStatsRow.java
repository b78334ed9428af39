package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One case as the managers' statistics read it: a flat, read-only projection (no parties, no timeline), built by one
 * query for all the cases of the courts asked for. {@code firstMeasureOn} is the day the case's first control measure was
 * taken (null: none yet), {@code firstPaymentOn} the day its first money was received (null: none yet).
 */
public record CaseStatsRow(
    String id,
    String caseNumber,
    String category,
    String mode,
    String coordinatingCourtCode,
    String executingCourtCode,
    CaseStatus status,
    OffsetDateTime openedAt,
    LocalDate closedOn,
    LocalDate forNowOn,
    long amountClaimedFen,
    long recoveredFen,
    LocalDate limitDueOn,
    long measuresTaken,
    String enforcementNumber,
    LocalDate firstMeasureOn,
    LocalDate firstPaymentOn) {}
