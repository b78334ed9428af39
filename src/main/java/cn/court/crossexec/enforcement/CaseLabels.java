package cn.court.crossexec.enforcement;

import java.util.Map;

/**
 * Chinese names of the decision's mode, category and court roles, which reach this capability as names (the intake
 * capability owns those types; enforcement may not depend on it, since intake hands cases to enforcement).
 */
final class CaseLabels {

  private static final Map<String, String> MODES = Map.of("SUPERVISED", "督促执行", "DIRECTED", "指令执行",
      "ELEVATED", "提级执行", "CENTRALIZED", "集中执行", "COLLABORATIVE", "协同执行");
  private static final Map<String, String> CATEGORIES = Map.of("HARD_BONE", "骨头案、钉子案",
      "SERIES", "系列关联案件、涉众案件", "PASSIVE_RISK", "消极执行、拖延执行风险案件",
      "BEYOND_CAPACITY", "超出单一法院执行能力的案件", "STALLED", "超过六个月未执行", "NONE", "无交叉执行必要");
  private static final Map<String, String> ROLES = Map.of("COORDINATING", "协调法院", "EXECUTING", "执行法院",
      "PARTICIPATING", "协助法院", "ORIGINAL", "原执行法院");

  private CaseLabels() {}

  static String mode(String name) {
    return MODES.getOrDefault(name, name);
  }

  static String category(String name) {
    return CATEGORIES.getOrDefault(name, name);
  }

  static String role(String name) {
    return ROLES.getOrDefault(name, name);
  }
}
