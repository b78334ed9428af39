package cn.court.crossexec.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "每月新收（交办立案）与结案（含终本）件数")
record MonthlyCounts(List<Month> months) {

  record Month(@Schema(example = "2026-03") String month, long opened, long closed) {}
}
