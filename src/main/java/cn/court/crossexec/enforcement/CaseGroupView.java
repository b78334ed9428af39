package cn.court.crossexec.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "集中执行组：同一被执行人的案件由一个法院统一执行")
public record CaseGroupView(String id, String debtorName, String debtorIdNumber, String coordinatingCourtCode,
    String executingCourtCode, int caseCount, long amountClaimedFen, long recoveredFen, List<CaseView> cases) {}
