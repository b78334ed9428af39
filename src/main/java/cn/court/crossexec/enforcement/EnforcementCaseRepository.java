package cn.court.crossexec.enforcement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnforcementCaseRepository extends JpaRepository<EnforcementCase, String> {

  List<EnforcementCase> findAllByOrderByOpenedAtDesc();

  List<EnforcementCase> findByCaseGroupIdOrderByOpenedAtAsc(String caseGroupId);

  List<EnforcementCase> findByApplicantUserIdOrderByOpenedAtDesc(String applicantUserId);

  @Query("select distinct c from EnforcementCase c join c.courts court where court.courtCode in :courts order by c.openedAt desc")
  List<EnforcementCase> findInvolvingCourts(Collection<String> courts);

  /** Read-only rows for the managers' statistics: the cases executed by the given courts, with their measure count. */
  @Query("select new cn.court.crossexec.enforcement.CaseStatsRow(c.id, c.caseNumber, c.category, c.mode,"
      + " c.coordinatingCourtCode, c.executingCourtCode, c.status, c.openedAt, c.closedOn, c.forNowOn,"
      + " c.amountClaimedFen, c.recoveredFen, c.limitDueOn,"
      + " (select count(m) from ControlMeasure m where m.caseId = c.id), c.enforcementNumber,"
      + " (select min(m.takenOn) from ControlMeasure m where m.caseId = c.id),"
      + " (select min(p.receivedOn) from CasePayment p where p.caseId = c.id))"
      + " from EnforcementCase c where c.executingCourtCode in :courts")
  List<CaseStatsRow> statsRows(Collection<String> courts);

  /** The cases the given courts execute that are still being enforced (open or under a settlement). */
  @Query("select c from EnforcementCase c where c.executingCourtCode in :courts and c.status in"
      + " (cn.court.crossexec.enforcement.CaseStatus.OPEN, cn.court.crossexec.enforcement.CaseStatus.SETTLEMENT)")
  List<EnforcementCase> findOpenExecutedBy(Collection<String> courts);

  @Query("select distinct c from EnforcementCase c join c.parties p where p.role = 'DEBTOR' and p.idNumber = :idNumber"
      + " order by c.openedAt asc")
  List<EnforcementCase> findAgainstDebtor(String idNumber);
}
