package cn.court.crossexec.gateway;

/**
 * Published once per recorded answer, after it is stored. The coordinated-enforcement capability correlates it to
 * the case's process (message by case id and source).
 */
public record AssetInquiryAnswered(String inquiryId, String caseId, AssetSource source, AssetInquiryAnswer.Outcome outcome,
    long foundValueFen) {}
