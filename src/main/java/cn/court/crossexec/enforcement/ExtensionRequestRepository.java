package cn.court.crossexec.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

  List<ExtensionRequest> findByCaseIdAndStatus(String caseId, ExtensionRequest.Status status);

  List<ExtensionRequest> findByCaseIdOrderByIdAsc(String caseId);
}
