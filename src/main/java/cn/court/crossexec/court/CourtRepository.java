package cn.court.crossexec.court;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourtRepository extends JpaRepository<Court, String> {

  List<Court> findByParentCodeOrderByCode(String parentCode);

  List<Court> findAllByOrderByCode();
}
