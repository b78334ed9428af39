package cn.court.crossexec.disposal;

import java.math.BigDecimal;

/**
 * An officer's plan for one auction listing, as {@link AuctionRules#checkPlan} checks it.
 *
 * @param round 1 for the first auction, 2 for the re-auction after it failed (流拍); a re-auction after a buyer
 *     defaulted (悔拍) keeps the number of the round that defaulted
 * @param afterDefault whether this listing repeats a round whose buyer defaulted
 * @param referencePriceFen the asset's reference price (> 0)
 * @param previousStartingPriceFen in round 2, the starting price of round 1; null in round 1
 * @param startingPriceFen the planned starting price
 * @param depositPercent the planned deposit as a percentage of the starting price (5 = 5 %); null when not given
 */
public record AuctionPlan(int round, boolean afterDefault, long referencePriceFen, Long previousStartingPriceFen,
    long startingPriceFen, BigDecimal depositPercent) {}
