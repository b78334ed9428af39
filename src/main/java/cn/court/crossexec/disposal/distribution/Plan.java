package cn.court.crossexec.disposal.distribution;

import java.util.List;

/**
 * A distribution plan: the shares add up with the surplus to the distributable sum, exactly to the fen.
 *
 * @param surplusFen what is left when every claim is paid in full (returned to the debtor)
 */
public record Plan(long distributableFen, OrderingRule rule, List<PlannedShare> shares, long surplusFen) {}
