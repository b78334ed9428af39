package cn.court.crossexec.platform;

/** The names of the engine groups, as DESIGN.md fixes them. Candidate groups in the models use the same names. */
public final class Groups {

  public static final String MANAGERS = "managers";
  public static final String APPLICANTS = "applicants";
  public static final String WORKERS = "workers";
  /** Accounts of external systems that call back (e.g. the asset-inquiry system). */
  public static final String GATEWAYS = "gateways";
  public static final String ADMINS = "camunda-admin";

  private Groups() {}

  private static final String COURT_PREFIX = "court-";
  private static final String CENTRE_PREFIX = "command-centre-";
  private static final String PRESIDENT_PREFIX = "president-";

  /** The courts a user acts for: those whose officers' group or command-centre group they belong to. */
  public static java.util.Set<String> courtsOf(java.util.Collection<String> groupIds) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (String group : groupIds) {
      if (group.startsWith(CENTRE_PREFIX)) {
        codes.add(group.substring(CENTRE_PREFIX.length()));
      } else if (group.startsWith(PRESIDENT_PREFIX)) {
        codes.add(group.substring(PRESIDENT_PREFIX.length()));
      } else if (group.startsWith(COURT_PREFIX)) {
        codes.add(group.substring(COURT_PREFIX.length()));
      }
    }
    return codes;
  }

  /** The president of one court (院长): approves extensions of the enforcement time limit. */
  public static String president(String courtCode) {
    return PRESIDENT_PREFIX + courtCode;
  }

  /** The officers of one court: they see and do that court's work items only. */
  public static String court(String courtCode) {
    return COURT_PREFIX + courtCode;
  }

  /** The coordinators of a high or intermediate court's enforcement command centre (执行指挥中心). */
  public static String commandCentre(String courtCode) {
    return CENTRE_PREFIX + courtCode;
  }
}
