package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

@Schema(description = "不计入期间")
public record ExcludedPeriodRequest(
    @Schema(description = "期间类型") @NotNull(message = "不能为空") ExcludedPeriodKind kind,
    @Schema(description = "起始日（含）") @NotNull(message = "不能为空") LocalDate from,
    @Schema(description = "截止日（含）") @NotNull(message = "不能为空") LocalDate to) {}
