package cn.court.crossexec.disposal.distribution;

import java.time.LocalDate;

/**
 * One claim as the plan sees it.
 *
 * @param rank for PRIORITY and SECURED claims, 1 is paid first; equal ranks share pro rata (ignored otherwise)
 * @param amountFen what remains due on the claim, in fen (> 0)
 * @param seizedOn when this creditor's seizure of the debtor's property was made (SEIZURE_ORDER); null: no seizure,
 *     paid after all seizing creditors
 * @param filingOrder tie-breaker everywhere: the earlier filed claim first (e.g. the claim id)
 */
public record ClaimInput(long claimId, ClaimKind kind, int rank, long amountFen, LocalDate seizedOn, long filingOrder) {}
