package cn.court.crossexec.platform;

import java.time.OffsetDateTime;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, IdempotentRequest.Key> {

  /** Drops a claim whose request never answered (it failed, or the process died), so the key can be used again. */
  @Modifying
  @Query("delete from IdempotentRequest r where r.id = :id and r.status = 0 and r.createdAt <= :claimedBefore")
  int releaseClaim(@Param("id") IdempotentRequest.Key id, @Param("claimedBefore") OffsetDateTime claimedBefore);
}
