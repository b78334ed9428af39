package cn.court.crossexec.enforcement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePaymentRepository extends JpaRepository<CasePayment, Long> {

  List<CasePayment> findByCaseIdOrderByReceivedOnAscIdAsc(String caseId);

  Optional<CasePayment> findByCaseIdAndReference(String caseId, String reference);
}
