package cn.court.crossexec.credit;

import cn.court.crossexec.credit.CreditRecords.Person;
import cn.court.crossexec.workflow.worker.Job;
import cn.court.crossexec.workflow.worker.JobResult;
import cn.court.crossexec.workflow.worker.JobWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * credit.record-decision: the court's decision on the graded proposal (discipline or not, the extension of a serious
 * listing, grace, the people an enterprise's restriction binds), checked against the grade; CREDIT_DECISION_INVALID
 * sends it back with the reasons.
 */
@Component
class RecordListingDecisionWorker implements JobWorker {

  /** The form's keys of the people bound: role → (name key, ID key). */
  static final Map<String, String[]> PERSON_KEYS = Map.of(
      "LEGAL_REPRESENTATIVE", new String[] {"legalRepresentativeName", "legalRepresentativeIdNumber"},
      "PRINCIPAL_OFFICER", new String[] {"principalOfficerName", "principalOfficerIdNumber"},
      "DIRECTLY_RESPONSIBLE", new String[] {"directlyResponsibleName", "directlyResponsibleIdNumber"},
      "ACTUAL_CONTROLLER", new String[] {"actualControllerName", "actualControllerIdNumber"});

  private final CreditService credit;

  RecordListingDecisionWorker(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String topic() {
    return "credit.record-decision";
  }

  @Override
  public JobResult handle(Job job) {
    List<Person> persons = new ArrayList<>();
    for (String role : List.of("LEGAL_REPRESENTATIVE", "PRINCIPAL_OFFICER", "DIRECTLY_RESPONSIBLE", "ACTUAL_CONTROLLER")) {
      String[] keys = PERSON_KEYS.get(role);
      String name = CreditJobs.text(job, keys[0]);
      String idNumber = CreditJobs.text(job, keys[1]);
      if (name != null || idNumber != null) {
        persons.add(new Person(role, name, idNumber == null ? null : idNumber.toUpperCase(), null, null));
      }
    }
    CreditService.Decision decision = new CreditService.Decision(CreditJobs.bool(job, "listingApproved"),
        CreditJobs.integer(job, "extensionMonths"), CreditJobs.bool(job, "graceGranted"), CreditJobs.integer(job, "graceMonths"),
        CreditJobs.text(job, "decisionNote"), persons, job.stringVariable("grade"), job.stringVariable("measures"),
        CreditJobs.integer(job, "baseTermMonths"), CreditJobs.integer(job, "minExtensionMonths"),
        CreditJobs.integer(job, "maxExtensionMonths"), CreditJobs.bool(job, "graceAllowed"), job.stringVariable("gradeReason"));
    return JobResult.complete(credit.recordDecision(CreditJobs.disciplineId(job), decision,
        job.stringVariable("listingDecidedBy")));
  }
}
