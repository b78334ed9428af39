package cn.court.crossexec.enforcement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItem, Long> {

  List<WorkItem> findByCaseIdOrderByIdAsc(String caseId);

  /** Items a set of courts does or coordinates: their own, and those of the cases they coordinate. */
  @Query("""
      SELECT w FROM WorkItem w WHERE w.courtCode IN :courts
         OR w.caseId IN (SELECT c.id FROM EnforcementCase c WHERE c.coordinatingCourtCode IN :courts)
      ORDER BY w.dueOn, w.id""")
  List<WorkItem> findForCourts(Collection<String> courts);

  List<WorkItem> findAllByOrderByDueOnAscIdAsc();

  List<WorkItem> findByCaseIdAndStatus(String caseId, WorkItem.Status status);
}
