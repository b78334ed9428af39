package cn.court.crossexec.enforcement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseGroupRepository extends JpaRepository<CaseGroup, String> {

  Optional<CaseGroup> findByDebtorIdNumberAndCoordinatingCourtCode(String debtorIdNumber, String coordinatingCourtCode);
}
