package cn.court.crossexec.court;

import io.swagger.v3.oas.annotations.media.Schema;

/** A court as other capabilities and the API see it. */
@Schema(description = "法院")
public record CourtView(
    @Schema(description = "ASCII code used in group and user names", example = "GD0305") String code,
    @Schema(description = "法院名称", example = "深圳市南山区人民法院") String name,
    @Schema(description = "案号代字", example = "粤0305") String designator,
    @Schema(description = "法院层级") CourtLevel level,
    @Schema(description = "上级法院代码", example = "GD03") String parentCode,
    @Schema(description = "辖区", example = "广东省深圳市南山区") String region) {

  /** A command centre (执行指挥中心) at the SPC, a high or an intermediate court coordinates the courts below it. */
  public boolean hasCommandCentre() {
    return level != CourtLevel.BASIC;
  }
}
