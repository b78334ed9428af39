package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import cn.court.crossexec.intake.identity.CaseNumber;
import cn.court.crossexec.intake.identity.ResidentIdNumber;
import cn.court.crossexec.intake.identity.UnifiedSocialCreditCode;
import cn.court.crossexec.intake.identity.Validation;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checks Bean Validation cannot express: case-number format and designator, ID numbers with their check
 * digits, the court, the excluded periods. Every bad field is reported at once, before anything is written.
 */
@Component
class ApplicationValidator {

  private final CourtService courts;
  private final Clock clock;

  ApplicationValidator(CourtService courts, Clock clock) {
    this.courts = courts;
    this.clock = clock;
  }

  /** The normalised case number, or an {@link InvalidRequestException} listing every bad field. */
  String validate(ApplicationRequest request, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);

    Optional<CourtView> court = courts.find(request.originalCourtCode());
    if (court.isEmpty()) {
      errors.add(new FieldError(prefix + "originalCourtCode", "未知的法院代码", request.originalCourtCode()));
    } else if (court.get().parentCode() == null) {
      errors.add(new FieldError(prefix + "originalCourtCode", "最高人民法院的案件没有上一级法院", request.originalCourtCode()));
    }

    String normalized = null;
    Validation caseNumber = CaseNumber.validate(request.caseNumber());
    if (!caseNumber.valid()) {
      errors.add(new FieldError(prefix + "caseNumber", caseNumber.message(), request.caseNumber()));
    } else {
      normalized = caseNumber.normalized();
      CaseNumber parsed = CaseNumber.parse(normalized);
      if (!parsed.isEnforcement()) {
        errors.add(new FieldError(prefix + "caseNumber", "应为执行案件的案号（案件类型代字以“执”开头）", request.caseNumber()));
      }
      if (court.isPresent() && !court.get().designator().equals(parsed.designator())) {
        errors.add(new FieldError(prefix + "caseNumber",
            "案号中的法院代字“" + parsed.designator() + "”与原执行法院（" + court.get().designator() + "）不一致", request.caseNumber()));
      }
      if (request.filedOn() != null && parsed.year() != request.filedOn().getYear()) {
        errors.add(new FieldError(prefix + "filedOn", "立案日期与案号年份不一致", request.filedOn()));
      }
    }

    if (request.originalCourtReceivedOn() != null && request.filedOn() != null
        && request.originalCourtReceivedOn().isAfter(request.filedOn())) {
      errors.add(new FieldError(prefix + "originalCourtReceivedOn", "收到执行申请之日不能晚于立案日期",
          request.originalCourtReceivedOn()));
    }

    checkParties(request.applicants(), prefix + "applicants", today, errors);
    checkParties(request.debtors(), prefix + "debtors", today, errors);

    List<ExcludedPeriodRequest> periods = request.excludedPeriodsOrEmpty();
    for (int i = 0; i < periods.size(); i++) {
      ExcludedPeriodRequest p = periods.get(i);
      String field = prefix + "excludedPeriods[" + i + "]";
      if (p == null || p.from() == null || p.to() == null) {
        continue; // Bean Validation reports those
      }
      if (p.to().isBefore(p.from())) {
        errors.add(new FieldError(field + ".to", "截止日不能早于起始日", p.to()));
      }
      LocalDate countedFrom = request.originalCourtReceivedOnOrFiled();
      if (countedFrom != null && p.from().isBefore(countedFrom)) {
        errors.add(new FieldError(field + ".from",
            request.originalCourtReceivedOn() == null ? "不能早于立案日期" : "不能早于原执行法院收到执行申请之日", p.from()));
      }
      if (p.to().isAfter(today)) {
        errors.add(new FieldError(field + ".to", "不能晚于今天", p.to()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return normalized;
  }

  private static void checkParties(List<PartyRequest> parties, String field, LocalDate today, List<FieldError> errors) {
    if (parties == null) {
      return;
    }
    for (int i = 0; i < parties.size(); i++) {
      PartyRequest party = parties.get(i);
      if (party == null || party.type() == null || party.idNumber() == null) {
        continue;
      }
      Validation id = party.type() == PartyType.PERSON
          ? ResidentIdNumber.validate(party.idNumber(), today)
          : UnifiedSocialCreditCode.validate(party.idNumber());
      if (!id.valid()) {
        errors.add(new FieldError(field + "[" + i + "].idNumber", id.message(), party.idNumber()));
      }
    }
  }

  /** The normalised form of a party's ID, once validated. */
  static String normalizedId(PartyRequest party, LocalDate today) {
    return party.type() == PartyType.PERSON
        ? ResidentIdNumber.validate(party.idNumber(), today).normalized()
        : UnifiedSocialCreditCode.validate(party.idNumber()).normalized();
  }
}
