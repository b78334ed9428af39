package cn.court.crossexec.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.Groups;

/** The callback the inquiry system posts answers to (the simulator takes the same service path). */
@RestController
@Tag(name = "外部系统回调", description = "Callbacks of external systems")
class AssetInquiryController {

  private final AssetInquiryAnswers answers;

  AssetInquiryController(AssetInquiryAnswers answers) {
    this.answers = answers;
  }

  @PostMapping("/api/gateway/asset-inquiry/answers")
  @Operation(summary = "网络执行查控系统回传查询结果（同一查询、同一来源重复回传不重复记录）")
  ResponseEntity<Void> answer(@Valid @RequestBody AssetInquiryAnswer answer) {
    if (!CurrentUser.require().isMemberOf(Groups.GATEWAYS)) {
      throw new AccessDeniedException("only external systems post answers");
    }
    boolean recorded = answers.receive(answer);
    return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK).build();
  }
}
