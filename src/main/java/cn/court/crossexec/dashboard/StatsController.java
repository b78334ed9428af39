package cn.court.crossexec.dashboard;

import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/stats/...: the numbers of the managers' dashboard, over the courts the caller may see. Each answers JSON,
 * or CSV (UTF-8 with BOM) with {@code ?format=csv} or {@code Accept: text/csv}, or XLSX with {@code ?format=xlsx}.
 */
@RestController
@RequestMapping(value = "/api/stats", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
@Tag(name = "统计分析", description = "Managers' dashboard: case counts, KPIs and deadlines (JSON, or CSV / XLSX with ?format=csv|xlsx)")
class StatsController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StatsService stats;
  private final StatsFilters filters;
  private final ObjectProvider<EngineOperations> operations;

  StatsController(StatsService stats, StatsFilters filters, ObjectProvider<EngineOperations> operations) {
    this.stats = stats;
    this.filters = filters;
    this.operations = operations;
  }

  @GetMapping("/cases")
  @Operation(summary = "交叉执行案件数：未结与已结（终本计入已结），按类别、执行方式、执行法院、状态分列；统计期间按交办立案日")
  ResponseEntity<?> cases(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::counts, Tables::of);
  }

  @GetMapping("/cases/monthly")
  @Operation(summary = "每月新收与结案件数（统计期间内）")
  ResponseEntity<?> monthly(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::monthly, Tables::of);
  }

  @GetMapping("/kpis")
  @Operation(summary = "各法院执行质效指标：标的额与到位金额、执行到位率、执行完毕率、实际执行率、终本率、有实质进展案件（附各指标定义）")
  ResponseEntity<?> kpis(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::kpis, Tables::of);
  }

  @GetMapping("/deadlines/limits")
  @Operation(summary = "临近（30日内）或已超过执行期限的未结案件，每行链接到案件")
  ResponseEntity<?> limits(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::limits, Tables::of);
  }

  @GetMapping("/deadlines/measures")
  @Operation(summary = "30日内到期、须续行的有效控制措施，每行链接到案件")
  ResponseEntity<?> measures(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::expiringMeasures, Tables::of);
  }

  @GetMapping("/deadlines/overdue")
  @Operation(summary = "逾期的移交环节（指定承办人、发出执行通知书、查控）与逾期未办结的联合执行事项，按法院计数，每行链接到案件")
  ResponseEntity<?> overdue(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::overdue, Tables::of);
  }

  @GetMapping("/deadlines/overdue/courts")
  @Operation(summary = "各法院逾期移交环节数与逾期联合执行事项数（逾期事项的按法院汇总表）")
  ResponseEntity<?> overdueByCourt(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, (u, filter) -> stats.overdue(u, filter).byCourt(), Tables::overdueByCourt);
  }

  @GetMapping("/deadlines/objections")
  @Operation(summary = "当前开放的异议期（参考价异议、分配方案异议及反对意见、起诉期）及其最后一日，每行链接到案件")
  ResponseEntity<?> objections(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(f, accept, stats::objections, Tables::of);
  }

  @GetMapping("/operations")
  @Operation(summary = "流程引擎未处理的异常与无法送达的流程消息，按执行法院计数（执行局领导与指挥中心协调员），每行链接到 Cockpit 或流程消息列表")
  ResponseEntity<?> operations(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    EngineOperations engine = operations.getIfAvailable();
    if (engine == null) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
          "本进程未运行流程引擎");
    }
    return answer(f, accept, engine::operations, Tables::of);
  }

  @GetMapping("/operations/courts")
  @Operation(summary = "各法院未处理的流程异常数与无法送达的流程消息数（按法院汇总表；执行局领导与指挥中心协调员）")
  ResponseEntity<?> operationsByCourt(Filters f, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    EngineOperations engine = operations.getIfAvailable();
    if (engine == null) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
          "本进程未运行流程引擎");
    }
    return answer(f, accept, (u, filter) -> engine.operations(u, filter).byCourt(), Tables::operationsByCourt);
  }

  private <T> ResponseEntity<?> answer(Filters f, String accept, BiFunction<CurrentUser, StatsFilter, T> query,
      Function<T, Table> table) {
    String format = format(f.format(), accept);
    StatsFilter filter = filters.parse(f.superiorCourt(), f.court(), f.from(), f.to(), f.category(), f.mode(), f.status());
    T result = query.apply(CurrentUser.require(), filter);
    if (format.equals("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }
    Table t = table.apply(result);
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(csv ? CSV : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("stats-" + t.name() + "." + format, StandardCharsets.UTF_8).build().toString())
        .body(csv ? t.csv() : t.xlsx());
  }

  /** ?format= wins; else the Accept header; JSON by default. */
  private static String format(String format, String accept) {
    if (format != null && !format.isBlank()) {
      String f = format.trim().toLowerCase(java.util.Locale.ROOT);
      if (!List.of("json", "csv", "xlsx").contains(f)) {
        throw new InvalidRequestException("format", "取值应为 json、csv 或 xlsx");
      }
      return f;
    }
    if (accept != null && accept.contains(XLSX.toString())) {
      return "xlsx";
    }
    return accept != null && accept.contains("text/csv") ? "csv" : "json";
  }

  /** The query parameters every statistics endpoint takes (all optional). */
  record Filters(
      @Parameter(description = "上级法院代码：只统计其辖区内（含本院）的法院") String superiorCourt,
      @Parameter(description = "执行法院代码") String court,
      @Parameter(description = "统计起始日（含），yyyy-MM-dd") String from,
      @Parameter(description = "统计截止日（含），yyyy-MM-dd") String to,
      @Parameter(description = "案件类别（HARD_BONE、SERIES、PASSIVE_RISK、BEYOND_CAPACITY、STALLED）") String category,
      @Parameter(description = "执行方式（SUPERVISED、DIRECTED、ELEVATED、CENTRALIZED、COLLABORATIVE）") String mode,
      @Parameter(description = "案件状态（OPEN、SETTLEMENT、TERMINATED_FOR_NOW、PERFORMED、TERMINATED、WITHDRAWN、BANKRUPTCY_TRANSFER）") String status,
      @Parameter(description = "json（默认）、csv（UTF-8 带 BOM）或 xlsx") String format) {}
}
