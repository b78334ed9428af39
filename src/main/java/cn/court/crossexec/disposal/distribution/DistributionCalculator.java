package cn.court.crossexec.disposal.distribution;

import java.util.List;

/** Computes distribution plans (contract only; the implementation lands with its tests). */
public final class DistributionCalculator {

  private DistributionCalculator() {}

  public static Plan plan(long distributableFen, List<ClaimInput> claims, OrderingRule rule) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
