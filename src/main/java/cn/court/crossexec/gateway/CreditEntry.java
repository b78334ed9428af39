package cn.court.crossexec.gateway;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the dishonest-debtor list as it is published (2017 规定 art. 6: name, ID, the court, the case number,
 * the obligation, the grounds, the term).
 *
 * @param entryId the discipline's id (the platform's key of the entry)
 * @param measures RESTRICTION_ONLY or LISTING
 * @param termEndsOn the last day of the term (null for a consumption restriction without term)
 */
public record CreditEntry(String entryId, String caseNumber, String courtCode, String debtorName, String debtorIdNumber,
    String debtorType, String grade, String measures, List<String> grounds, long outstandingFen, LocalDate termEndsOn) {}
