package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The conflict rules a cross-execution decision must respect (法发〔2024〕9号; DOMAIN.md §3). Returns the
 * violations in Chinese; an empty list means the decision may be recorded.
 */
@Component
class DecisionRules {

  private final CourtService courts;

  DecisionRules(CourtService courts) {
    this.courts = courts;
  }

  List<String> violations(DecisionDraft d) {
    List<String> errors = new ArrayList<>();
    if (d.mode() == null) {
      errors.add("未选择执行方式");
      return errors;
    }
    if (d.executingCourtCode() == null || d.executingCourtCode().isBlank()) {
      errors.add("未指定执行法院");
      return errors;
    }
    Optional<CourtView> executing = courts.find(d.executingCourtCode());
    if (executing.isEmpty()) {
      errors.add("执行法院代码“" + d.executingCourtCode() + "”不存在");
      return errors;
    }
    CourtView original = courts.get(d.originalCourtCode());
    String coordinating = d.coordinatingCourtCode();
    boolean underCoordinating = courts.isUnder(d.executingCourtCode(), coordinating);

    switch (d.mode()) {
      case SUPERVISED -> {
        if (!d.executingCourtCode().equals(d.originalCourtCode())) {
          errors.add("督促执行的执行法院应为原执行法院");
        }
      }
      case ELEVATED -> {
        if (!d.executingCourtCode().equals(coordinating)) {
          errors.add("提级执行的执行法院应为本院（" + courts.get(coordinating).name() + "）");
        }
      }
      case DIRECTED -> {
        if (d.executingCourtCode().equals(d.originalCourtCode())) {
          errors.add("指令执行不能指令原执行法院");
        }
        if (!underCoordinating) {
          errors.add("指令执行的法院应在本院辖区内");
        }
      }
      case CENTRALIZED -> {
        if (!underCoordinating && !d.executingCourtCode().equals(coordinating)) {
          errors.add("集中执行的法院应为本院或本院辖区内的法院");
        }
      }
      case COLLABORATIVE -> {
        if (!d.executingCourtCode().equals(d.originalCourtCode())) {
          errors.add("协同执行由原执行法院执行，其他法院协助");
        }
        if (d.participatingCourtCodes().isEmpty()) {
          errors.add("协同执行应至少指定一个协助法院");
        }
      }
    }
    if (outsideLocalityRequired(d.category(), d.mode())
        && courts.sameLocality(d.executingCourtCode(), d.originalCourtCode())) {
      errors.add(d.executingCourtCode().equals(d.originalCourtCode())
          ? "消极执行风险案件不能由原执行法院继续执行（" + d.mode().label() + "），应指令原执行法院所在地以外的法院执行或提级执行"
          : "消极执行风险案件应由原执行法院所在地以外的法院执行（" + executing.get().name() + "与原执行法院"
              + original.name() + "属同一地区）");
    }
    for (String code : d.participatingCourtCodes()) {
      if (courts.find(code).isEmpty()) {
        errors.add("协助法院代码“" + code + "”不存在");
      } else if (!courts.isUnder(code, coordinating)) {
        errors.add("协助法院“" + courts.get(code).name() + "”不在本院辖区内");
      } else if (code.equals(d.executingCourtCode())) {
        errors.add("协助法院不能同时是执行法院");
      }
    }
    boolean overridden = d.mode() != d.proposedMode()
        || (d.proposedExecutingCourtCode() != null && !d.proposedExecutingCourtCode().equals(d.executingCourtCode()));
    if (overridden && blank(d.overrideReason())) {
      errors.add("执行方式或执行法院与系统建议不同，应说明变更理由");
    }
    if (blank(d.necessity()) || blank(d.convenience()) || blank(d.regularity())) {
      errors.add("应就必要性、便利性、规范性逐项说明");
    }
    if (blank(d.reasons())) {
      errors.add("应写明决定理由");
    }
    return errors;
  }

  /**
   * Category 3 (消极执行、拖延执行风险) must leave the original court's locality in every mode that leaves the case with a
   * local court: directed, centralized, and also supervised and collaborative (both keep the original court, so they
   * can never satisfy it). Elevated enforcement is exempt: the superior court itself takes the case (法发〔2024〕9号
   * names 提级执行 for this category).
   */
  static boolean outsideLocalityRequired(CaseCategory category, EnforcementMode mode) {
    return category == CaseCategory.PASSIVE_RISK && mode != EnforcementMode.ELEVATED;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
