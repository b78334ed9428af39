package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "安排联合执行事项")
public record WorkItemRequest(
    @Schema(description = "事项类型") @NotNull(message = "不能为空") WorkItemType type,
    @Schema(description = "承办法院代码（本协调法院或其辖区内的法院）") @NotBlank(message = "不能为空") @Size(max = 32, message = "最多32字符") String courtCode,
    @Schema(description = "办理期限（含当日）") @NotNull(message = "不能为空") LocalDate dueOn,
    @Schema(description = "具体要求") @NotBlank(message = "不能为空") @Size(max = 1000, message = "最多1000字") String instructions) {}
