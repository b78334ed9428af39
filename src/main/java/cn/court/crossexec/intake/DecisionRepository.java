package cn.court.crossexec.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, String> {

  /** Cases each court executes: the caseload that ranks candidate courts (lighter first). */
  @Query("select d.executingCourtCode, count(d) from Decision d group by d.executingCourtCode")
  List<Object[]> countByExecutingCourt();
}
