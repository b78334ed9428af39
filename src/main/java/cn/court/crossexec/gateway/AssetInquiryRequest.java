package cn.court.crossexec.gateway;

import java.util.Set;

/** One inquiry about a debtor's assets, sent to every listed source; each source answers on its own, later. */
public record AssetInquiryRequest(
    String inquiryId, String caseId, String debtorName, String debtorIdNumber, Set<AssetSource> sources) {}
