package cn.court.crossexec.gateway;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The callback the auction platform posts results to (the simulator takes the same service path). */
@RestController
@Tag(name = "外部系统回调", description = "Callbacks of external systems")
class AuctionResultController {

  private final AuctionResults results;

  AuctionResultController(AuctionResults results) {
    this.results = results;
  }

  @PostMapping("/api/gateway/auction-platform/results")
  @Operation(summary = "网络司法拍卖平台回传拍卖结果（同一拍卖重复回传不重复记录）")
  ResponseEntity<Void> result(@Valid @RequestBody AuctionResult result) {
    if (!CurrentUser.require().isMemberOf(Groups.GATEWAYS)) {
      throw new AccessDeniedException("only external systems post results");
    }
    boolean recorded = results.receive(result);
    return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK).build();
  }
}
