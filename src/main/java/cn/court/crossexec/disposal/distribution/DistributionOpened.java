package cn.court.crossexec.disposal.distribution;

import java.util.Map;

/**
 * A distribution was opened: {@link DistributionMessages} records the start of its process in the same transaction.
 *
 * @param variables what the model reads: caseId, distributionId, executingCourtGroup, caseNumber, claimsCloseAt (ISO)
 */
record DistributionOpened(String caseId, String distributionId, Map<String, Object> variables) {}
