package cn.court.crossexec.platform;

/**
 * Who did it, when nobody did: the one actor name the product records for a state change made by the system itself
 * (a job worker's step, a timer, a delivered message, a reconciliation), beside the user id recorded for people.
 */
public final class SystemActor {

  public static final String ID = "system";

  private SystemActor() {}
}
