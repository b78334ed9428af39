package cn.court.crossexec.credit;

import cn.court.crossexec.workflow.worker.Job;

/** Reading a task completion's values as the credit workers check them (a form sends booleans; engine-rest anything). */
final class CreditJobs {

  private CreditJobs() {}

  static String disciplineId(Job job) {
    String id = job.stringVariable("disciplineId");
    if (id == null) {
      throw new IllegalStateException("credit job " + job.id() + " without disciplineId");
    }
    return id;
  }

  /** true / false, "true" / "false", "YES" / "NO"; anything else (or nothing) is null, which the service refuses. */
  static Boolean bool(Job job, String name) {
    Object value = job.variables().get(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return null;
    }
    String s = value.toString().trim().toUpperCase();
    return switch (s) {
      case "TRUE", "YES" -> Boolean.TRUE;
      case "FALSE", "NO" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A whole number, or null when absent or not a whole number. */
  static Integer integer(Job job, String name) {
    Object value = job.variables().get(name);
    if (value instanceof Number n) {
      return n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
    }
    if (value instanceof String s && s.trim().matches("-?\\d{1,6}")) {
      return Integer.valueOf(s.trim());
    }
    return null;
  }

  static String text(Job job, String name) {
    String value = job.stringVariable(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
