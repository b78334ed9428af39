package cn.court.crossexec.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "各法院执行质效指标（统计期间内受理的案件），金额以分为单位，比率为小数（0.1234 即 12.34%），无分母时为空")
record KpiReport(
    @Schema(description = "统计起始日（含）") LocalDate from,
    @Schema(description = "统计截止日（含）") LocalDate to,
    @Schema(description = "各指标的含义") List<Definition> definitions,
    List<CourtKpis> courts,
    @Schema(description = "所列法院合计") CourtKpis total) {

  record Definition(String key, String name, String definition) {}

  record CourtKpis(
      String courtCode,
      String courtName,
      long casesAccepted,
      long casesClosed,
      long claimedFen,
      long recoveredFen,
      @Schema(description = "执行到位率") BigDecimal recoveryRate,
      @Schema(description = "执行完毕率") BigDecimal performedRate,
      @Schema(description = "实际执行率") BigDecimal actualRate,
      @Schema(description = "终本率") BigDecimal forNowRate,
      @Schema(description = "有实质进展案件数") long substantiveProgress,
      @Schema(description = "实质进展率") BigDecimal substantiveProgressRate,
      @Schema(description = "决定至首次控制措施平均天数（一位小数），无此类案件时为空") BigDecimal avgDaysToFirstMeasure,
      @Schema(description = "计入该平均值的案件数") long casesWithFirstMeasure,
      @Schema(description = "决定至首笔执行到位款平均天数（一位小数），无此类案件时为空") BigDecimal avgDaysToFirstMoney,
      @Schema(description = "计入该平均值的案件数") long casesWithFirstMoney,
      @Schema(description = "决定至结案平均天数（一位小数），无此类案件时为空") BigDecimal avgDaysToClosing,
      @Schema(description = "计入该平均值的案件数") long casesWithClosing) {}
}
