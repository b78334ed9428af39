package cn.court.crossexec.disposal;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "财产处置", description = "Asset disposal: reference price, online judicial auctions, sell-off, transfer in lieu")
class DisposalController {

  private final DisposalService disposals;

  DisposalController(DisposalService disposals) {
    this.disposals = disposals;
  }

  @GetMapping("/api/cases/{id}/disposals")
  @Operation(summary = "案件的处置财产：参考价、处置状态、价款（分）")
  List<DisposalView> disposals(@PathVariable String id) {
    return disposals.disposals(id, CurrentUser.require());
  }

  @GetMapping("/api/cases/{id}/auctions")
  @Operation(summary = "案件的网络司法拍卖与变卖：每次拍卖的起拍价、保证金、公告期、竞价时间、结果")
  List<AuctionView> auctions(@PathVariable String id) {
    return disposals.auctions(id, CurrentUser.require());
  }

  @PostMapping("/api/cases/{id}/disposals/{disposalId}/price-objections")
  @Operation(summary = "当事人对参考价提出异议（异议期内；承办法院审查）")
  ResponseEntity<Map<String, Long>> objectToPrice(@PathVariable String id, @PathVariable String disposalId,
      @Valid @RequestBody DisposalRequests.PriceObjection request) {
    long objection = disposals.objectToPrice(id, disposalId, request, CurrentUser.require());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("objectionId", objection));
  }

  @PostMapping("/api/cases/{id}/measures/{measureId}/perishable")
  @Operation(summary = "承办法院标记鲜活易腐财产（处置时及时变卖，不经询价拍卖）")
  ResponseEntity<Void> perishable(@PathVariable String id, @PathVariable long measureId,
      @Valid @RequestBody DisposalRequests.Perishable request) {
    disposals.markPerishable(id, measureId, request.perishable(), CurrentUser.require());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cases/{id}/measures/{measureId}/core-asset-hold")
  @Operation(summary = "破产审查：暂缓处置有挽救价值企业的核心资产（HELD），或作出决定（RELEASED 恢复处置 / RETAINED 留作重整）")
  ResponseEntity<Void> coreAssetHold(@PathVariable String id, @PathVariable long measureId,
      @Valid @RequestBody DisposalRequests.CoreAssetHold request) {
    disposals.holdCoreAsset(id, measureId, request, CurrentUser.require());
    return ResponseEntity.noContent().build();
  }
}
