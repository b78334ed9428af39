package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "申请执行人提供的财产线索")
public record LeadRequest(
    @Schema(description = "线索内容（财产种类、权属、账号或证号等）") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String description,
    @Schema(description = "财产所在地") @Size(max = 200, message = "最多200字") String location,
    @Schema(description = "紧急（3日内核查，否则5日）") Boolean urgent) {}
