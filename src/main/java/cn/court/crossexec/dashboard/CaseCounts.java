package cn.court.crossexec.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "交叉执行案件数：未结与已结（终本计入已结），按类别、方式、执行法院与状态分列")
record CaseCounts(long total, long open, long closed, List<Bucket> byCategory, List<Bucket> byMode, List<Bucket> byCourt,
    List<Bucket> byStatus) {

  @Schema(description = "一个分组：代码、中文名称、未结数、已结数")
  record Bucket(String key, String label, long open, long closed) {}
}
