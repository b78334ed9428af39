package cn.court.crossexec.gateway;

/**
 * Published once per stored result, after it is written and inside the same transaction: the disposal capability
 * correlates it to the asset's disposal process. A repeated delivery of the same result publishes nothing.
 */
public record AuctionResultReported(String auctionId, String caseId, AuctionResult.Outcome outcome) {}
