package cn.court.crossexec.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party: a natural person with a resident ID number, or an enterprise with a unified social credit code. */
@Schema(description = "当事人")
public record PartyRequest(
    @Schema(description = "姓名或名称") @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200字") String name,
    @Schema(description = "PERSON 自然人 / ENTERPRISE 法人或其他组织") @NotNull(message = "不能为空") PartyType type,
    @Schema(description = "公民身份号码或统一社会信用代码") @NotBlank(message = "不能为空") String idNumber) {}
