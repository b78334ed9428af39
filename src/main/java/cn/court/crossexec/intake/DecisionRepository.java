package cn.court.crossexec.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, String> {

  /** Cases each court executes: the caseload that ranks candidate courts (lighter first). */
  @Query("select d.executingCourtCode, count(d) from Decision d group by d.executingCourtCode")
  List<Object[]> countByExecutingCourt();

  /**
   * The executing court of the earliest centralized decision on a debtor under a coordinating court: the court of
   * the debtor's centralized group, which coordinated enforcement makes run every later centralized case.
   */
  @Query("""
      select d.executingCourtCode from Decision d, Application a join a.parties p
      where a.id = d.applicationId and d.mode = cn.court.crossexec.intake.EnforcementMode.CENTRALIZED
        and d.coordinatingCourtCode = :coordinatingCourtCode and d.applicationId <> :excludeId
        and p.role = cn.court.crossexec.intake.PartyRole.DEBTOR and p.idNumber = :debtorIdNumber
      order by d.decidedAt asc""")
  List<String> centralizedGroupCourts(String debtorIdNumber, String coordinatingCourtCode, String excludeId);
}
