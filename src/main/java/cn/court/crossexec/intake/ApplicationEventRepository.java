package cn.court.crossexec.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {

  List<ApplicationEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(String applicationId);
}
