package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

@Schema(description = "补正材料")
public record SupplementRequest(
    @Schema(description = "补交的材料") @NotEmpty(message = "至少补交一项材料") Set<Material> materials,
    @Schema(description = "说明") @Size(max = 2000, message = "最多2000字") String note) {}
