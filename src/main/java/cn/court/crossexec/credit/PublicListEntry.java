package cn.court.crossexec.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the public dishonest-debtor list, as the courts' public list shows it: a person's ID number masked
 * ({@code 4403**********1234}), an enterprise's name and unified social credit code, the court, the case number, the
 * grounds and the date of publication. Nothing else (no amounts, no history, no people bound).
 */
public record PublicListEntry(String name, String idNumber, String debtorType, String courtCode, String caseNumber,
    List<String> grounds, LocalDate publishedOn) {}
