package cn.court.crossexec.intake;

import cn.court.crossexec.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@cn.court.crossexec.platform.ConditionalOnEngine
@RestController
@Tag(name = "交叉执行申请", description = "Applications, referrals and decisions")
class IntakeController {

  private final IntakeService intake;

  IntakeController(IntakeService intake) {
    this.intake = intake;
  }

  @PostMapping("/api/applications")
  @Operation(summary = "当事人申请交叉执行（同一申请人对同一案号重复提交时返回已有申请）")
  ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplicationRequest request) {
    CurrentUser user = CurrentUser.require();
    return created(onceOnly(() -> intake.apply(request, user)));
  }

  @PostMapping("/api/referrals")
  @Operation(summary = "法院依职权移送交叉执行（协调员或本院执行干警）")
  ResponseEntity<ApplicationView> refer(@Valid @RequestBody ReferralRequest request) {
    CurrentUser user = CurrentUser.require();
    return created(onceOnly(() -> intake.refer(request, user)));
  }

  @GetMapping("/api/applications")
  @Operation(summary = "本人可见的申请（当事人：本人申请；法院：本院相关；领导：全部）")
  List<ApplicationView> list() {
    return intake.list(CurrentUser.require());
  }

  @GetMapping("/api/applications/{id}")
  @Operation(summary = "申请详情，含决定与办理记录")
  ApplicationView get(@PathVariable String id) {
    return intake.get(id, CurrentUser.require());
  }

  @PostMapping("/api/applications/{id}/supplements")
  @Operation(summary = "申请人补正材料")
  ApplicationView supplement(@PathVariable String id, @Valid @RequestBody SupplementRequest request) {
    return intake.supplement(id, request, CurrentUser.require());
  }

  @GetMapping(value = "/api/applications/{id}/decision-document", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "交叉执行决定书（download=true 时下载）")
  ResponseEntity<String> decisionDocument(@PathVariable String id, @RequestParam(defaultValue = "false") boolean download) {
    String html = intake.decisionDocument(id, CurrentUser.require());
    var response = ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    if (download) {
      response.header(HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename("交叉执行决定书-" + id + ".html", StandardCharsets.UTF_8).build().toString());
    }
    return response.body(html);
  }

  /**
   * The same case submitted by the same person at the same moment (a double click, a client's retry without an
   * Idempotency-Key): the twin that loses the race on the unique submission (submitter, case number) — refused by the
   * key, or by the lock the winner holds while it commits — has rolled back whole, and submitting again finds and
   * returns the winner's application. What persists after a few attempts is answered as before (409).
   */
  private static IntakeService.Submitted onceOnly(Supplier<IntakeService.Submitted> submission) {
    for (int attempt = 1; ; attempt++) {
      try {
        return submission.get();
      } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentTwin) {
        if (attempt == 5) {
          throw concurrentTwin;
        }
      }
    }
  }

  private static ResponseEntity<ApplicationView> created(IntakeService.Submitted submitted) {
    URI location = URI.create("/api/applications/" + submitted.application().id());
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(location)
        .body(submitted.application());
  }
}
