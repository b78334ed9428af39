package cn.court.crossexec.intake;

import java.time.Period;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The intake's legal time limits and thresholds. None is a constant in code: each reaches the model as a start
 * variable (timers) or a DMN input.
 *
 * @param statutoryStallMonths months without enforcement after which a creditor may apply (民事诉讼法第二百三十七条)
 * @param hardBoneStallMonths months after which a case counts as long unresolved (骨头案), to confirm
 * @param reviewPeriod the superior court's review deadline; no statutory one was found, default 10 days
 * @param supplementPeriod time the applicant has to supplement missing material before the application lapses
 * @param supervisionPeriod deadline given to the original court under supervised enforcement (督促执行令), to confirm
 * @param requiredMaterials documents an application must carry to be complete
 */
@ConfigurationProperties("crossexec.intake")
public record IntakeProperties(
    int statutoryStallMonths,
    int hardBoneStallMonths,
    Period reviewPeriod,
    Period supplementPeriod,
    Period supervisionPeriod,
    Set<Material> requiredMaterials) {

  public IntakeProperties {
    if (statutoryStallMonths != 6) {
      // The statute says six months; a different value is allowed (e.g. a pilot) but logged loudly at start.
      org.slf4j.LoggerFactory.getLogger(IntakeProperties.class)
          .warn("crossexec.intake.statutory-stall-months is {} (the statute says 6)", statutoryStallMonths);
    }
    if (reviewPeriod.isNegative() || reviewPeriod.isZero() || supplementPeriod.isZero() || supervisionPeriod.isZero()) {
      throw new IllegalArgumentException("crossexec.intake periods must be positive");
    }
  }
}
