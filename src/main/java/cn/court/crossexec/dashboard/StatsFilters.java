package cn.court.crossexec.dashboard;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.enforcement.CaseStatus;
import cn.court.crossexec.intake.CaseCategory;
import cn.court.crossexec.intake.EnforcementMode;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the filters of a statistics request; every bad value is reported at once (400 problem details). */
@Component
class StatsFilters {

  private final CourtService courts;

  StatsFilters(CourtService courts) {
    this.courts = courts;
  }

  StatsFilter parse(String superiorCourt, String court, String from, String to, String category, String mode, String status) {
    List<FieldError> errors = new ArrayList<>();
    String superior = court("superiorCourt", superiorCourt, errors);
    String one = court("court", court, errors);
    LocalDate fromDay = day("from", from, errors);
    LocalDate toDay = day("to", to, errors);
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      errors.add(new FieldError("to", "统计截止日不得早于起始日", to));
    }
    String cat = oneOf("category", category, Arrays.stream(CaseCategory.values()).map(Enum::name).toList(), errors);
    String md = oneOf("mode", mode, Arrays.stream(EnforcementMode.values()).map(Enum::name).toList(), errors);
    String st = oneOf("status", status, Arrays.stream(CaseStatus.values()).map(Enum::name).toList(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new StatsFilter(superior, one, fromDay, toDay, cat, md, st == null ? null : CaseStatus.valueOf(st));
  }

  private String court(String field, String code, List<FieldError> errors) {
    if (blank(code)) {
      return null;
    }
    if (courts.find(code.trim()).isEmpty()) {
      errors.add(new FieldError(field, "法院代码不存在", code));
      return null;
    }
    return code.trim();
  }

  private static LocalDate day(String field, String value, List<FieldError> errors) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "日期格式应为 yyyy-MM-dd", value));
      return null;
    }
  }

  private static String oneOf(String field, String value, List<String> allowed, List<FieldError> errors) {
    if (blank(value)) {
      return null;
    }
    if (!allowed.contains(value.trim())) {
      errors.add(new FieldError(field, "取值应为 " + String.join("、", allowed) + " 之一", value));
      return null;
    }
    return value.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
