package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface ControlMeasureRepository extends JpaRepository<ControlMeasure, Long> {

  /**
   * The measures still holding or waiting on an asset in the order of seizure (date and time of the seizure order,
   * then recording order); locked so two courts cannot take the same rank.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from ControlMeasure m where m.assetKey = :assetKey and m.status in :statuses order by m.orderedAt, m.queueRank")
  List<ControlMeasure> findOnAsset(String assetKey, Collection<MeasureStatus> statuses);

  @Query("select coalesce(max(m.queueRank), 0) from ControlMeasure m where m.assetKey = :assetKey")
  int maxRank(String assetKey);

  List<ControlMeasure> findByCaseIdOrderByIdAsc(String caseId);

  List<ControlMeasure> findByStatusAndExpiresOnBefore(MeasureStatus status, LocalDate day);

  List<ControlMeasure> findByStatusAndExpiresOnBetweenOrderByExpiresOn(MeasureStatus status, LocalDate from, LocalDate to);
}
