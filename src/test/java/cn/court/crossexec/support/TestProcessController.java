package cn.court.crossexec.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint: starts a court work item, so the platform's POST behaviour can be tested on its own. */
@RestController
@cn.court.crossexec.platform.ConditionalOnEngine
public class TestProcessController {

  public record CourtTaskRequest(
      @NotBlank(message = "不能为空") @Pattern(regexp = "[A-Z0-9]+", message = "须为法院代码") String courtCode,
      @NotBlank(message = "不能为空") String reference) {}

  public record Started(String processInstanceId, String reference) {}

  private final RuntimeService runtime;

  TestProcessController(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @PostMapping("/api/test/court-tasks")
  ResponseEntity<Started> start(@Valid @RequestBody CourtTaskRequest request) {
    var instance =
        runtime.startProcessInstanceByKey("test-court-task", request.reference(), Map.of("courtCode", request.courtCode()));
    return ResponseEntity.created(URI.create("/api/test/court-tasks/" + instance.getId()))
        .body(new Started(instance.getId(), request.reference()));
  }
}
