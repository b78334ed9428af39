package cn.court.crossexec.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, String> {

  Optional<Application> findBySubmittedByAndCaseNumber(String submittedBy, String caseNumber);

  List<Application> findBySubmittedByOrderByCreatedAtDesc(String submittedBy);

  @Query("""
      select distinct a from Application a
      where a.originalCourtCode in :courts or a.coordinatingCourtCode in :courts
      order by a.createdAt desc""")
  List<Application> findInvolvingCourts(Collection<String> courts);

  List<Application> findAllByOrderByCreatedAtDesc();

  /**
   * Other open applications against a debtor with this ID number (series detection): still being examined or
   * reviewed, or under supervised enforcement; not rejected, lapsed or already decided and handed off.
   */
  @Query("""
      select distinct a from Application a join a.parties p
      where p.role = cn.court.crossexec.intake.PartyRole.DEBTOR and p.idNumber in :idNumbers
        and a.id <> :excludeId
        and a.status in (cn.court.crossexec.intake.ApplicationStatus.SUBMITTED,
                         cn.court.crossexec.intake.ApplicationStatus.AWAITING_SUPPLEMENT,
                         cn.court.crossexec.intake.ApplicationStatus.UNDER_REVIEW,
                         cn.court.crossexec.intake.ApplicationStatus.SUPERVISING)""")
  List<Application> findOpenAgainstDebtors(Collection<String> idNumbers, String excludeId);
}
