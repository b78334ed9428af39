package cn.court.crossexec.court;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/courts")
@Tag(name = "法院目录", description = "Court directory and hierarchy")
class CourtController {

  private final CourtService courts;

  CourtController(CourtService courts) {
    this.courts = courts;
  }

  @GetMapping
  @Operation(summary = "法院列表，可按上级法院与层级筛选")
  List<CourtView> list(
      @RequestParam(required = false) String parentCode,
      @RequestParam(required = false) CourtLevel level) {
    return courts.find(parentCode, level);
  }

  @GetMapping("/{code}")
  @Operation(summary = "单个法院及其下级法院")
  CourtDetailView get(@PathVariable String code) {
    return courts.getWithChildren(code);
  }
}
