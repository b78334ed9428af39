package cn.court.crossexec.bankruptcy;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "执破衔接", description = "Enforcement–bankruptcy linkage: the debtor across courts")
class DebtorController {

  private final DebtorService debtors;

  DebtorController(DebtorService debtors) {
    this.debtors = debtors;
  }

  @GetMapping("/api/debtors/{uscc}")
  @Operation(summary = "被执行人跨法院全貌：各法院针对其的全部执行案件、按财产列示的有效控制措施、在进行的处置、破产审查状态与记录"
      + "（本院有针对其的案件才可查看，否则 404）")
  DebtorView debtor(@PathVariable String uscc) {
    return debtors.debtor(uscc, CurrentUser.require());
  }
}
