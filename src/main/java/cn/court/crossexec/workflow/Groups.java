package cn.court.crossexec.workflow;

/** The names of the engine groups, as DESIGN.md fixes them. Candidate groups in the models use the same names. */
public final class Groups {

  public static final String MANAGERS = "managers";
  public static final String APPLICANTS = "applicants";
  public static final String WORKERS = "workers";
  public static final String ADMINS = "camunda-admin";

  private Groups() {}

  /** The officers of one court: they see and do that court's work items only. */
  public static String court(String courtCode) {
    return "court-" + courtCode;
  }

  /** The coordinators of a high or intermediate court's enforcement command centre (执行指挥中心). */
  public static String commandCentre(String courtCode) {
    return "command-centre-" + courtCode;
  }
}
