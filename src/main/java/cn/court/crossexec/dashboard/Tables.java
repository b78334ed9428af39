package cn.court.crossexec.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Each statistics answer as a table. Money in 元 with two decimals, rates in percent. */
final class Tables {

  private Tables() {}

  static Table of(CaseCounts c) {
    List<List<Object>> rows = new ArrayList<>();
    add(rows, "类别", c.byCategory());
    add(rows, "执行方式", c.byMode());
    add(rows, "执行法院", c.byCourt());
    add(rows, "状态", c.byStatus());
    rows.add(List.of("合计", "", "", c.open(), c.closed()));
    return new Table("cases", List.of("维度", "代码", "名称", "未结", "已结"), rows);
  }

  private static void add(List<List<Object>> rows, String dimension, List<CaseCounts.Bucket> buckets) {
    buckets.forEach(b -> rows.add(List.of(dimension, b.key(), b.label(), b.open(), b.closed())));
  }

  static Table of(MonthlyCounts m) {
    return new Table("monthly", List.of("月份", "新收", "结案"),
        m.months().stream().map(x -> List.<Object>of(x.month(), x.opened(), x.closed())).toList());
  }

  static Table of(KpiReport k) {
    List<List<Object>> rows = new ArrayList<>();
    k.courts().forEach(c -> rows.add(row(c)));
    rows.add(row(k.total()));
    return new Table("kpis", List.of("法院代码", "法院", "受理案件数", "结案数", "申请执行标的额（元）", "实际到位金额（元）",
        "执行到位率（%）", "执行完毕率（%）", "实际执行率（%）", "终本率（%）", "有实质进展案件数", "实质进展率（%）",
        "决定至首次控制措施平均天数", "（计入件数）", "决定至首笔到位款平均天数", "（计入件数）", "决定至结案平均天数", "（计入件数）"), rows);
  }

  private static List<Object> row(KpiReport.CourtKpis c) {
    List<Object> r = new ArrayList<>();
    r.add(c.courtCode());
    r.add(c.courtName());
    r.add(c.casesAccepted());
    r.add(c.casesClosed());
    r.add(yuan(c.claimedFen()));
    r.add(yuan(c.recoveredFen()));
    r.add(percent(c.recoveryRate()));
    r.add(percent(c.performedRate()));
    r.add(percent(c.actualRate()));
    r.add(percent(c.forNowRate()));
    r.add(c.substantiveProgress());
    r.add(percent(c.substantiveProgressRate()));
    r.add(c.avgDaysToFirstMeasure());
    r.add(c.casesWithFirstMeasure());
    r.add(c.avgDaysToFirstMoney());
    r.add(c.casesWithFirstMoney());
    r.add(c.avgDaysToClosing());
    r.add(c.casesWithClosing());
    return r;
  }

  static Table of(Deadlines.Limits l) {
    return new Table("limits", List.of("案件编号", "案号", "执行法院代码", "执行法院", "状态", "期限届满日", "剩余天数", "情况", "链接"),
        l.cases().stream().map(r -> List.<Object>of(r.caseId(), r.caseNumber(), r.executingCourtCode(),
            nz(r.executingCourtName()), r.status(), r.limitDueOn(), r.daysLeft(), r.state(), r.link())).toList());
  }

  static Table of(Deadlines.Measures m) {
    return new Table("measures", List.of("措施编号", "案件编号", "案号", "法院代码", "法院", "措施", "财产", "到期日", "剩余天数", "链接"),
        m.measures().stream().map(r -> List.<Object>of(r.measureId(), r.caseId(), r.caseNumber(), r.courtCode(),
            nz(r.courtName()), r.kind(), r.assetDescription(), r.expiresOn(), r.daysLeft(), r.link())).toList());
  }

  static Table of(Deadlines.Overdue o) {
    return new Table("overdue", List.of("类别", "案件编号", "执行案号", "原案号", "法院代码", "法院", "逾期事项", "最后一日", "已逾期天数", "链接"),
        o.rows().stream().map(r -> row(r.kindLabel(), r.caseId(), nz(r.enforcementNumber()), r.caseNumber(), r.courtCode(),
            r.courtName(), r.what(), r.lastDay(), r.daysOverdue(), r.link())).toList());
  }

  static Table of(Deadlines.Objections o) {
    return new Table("objections", List.of("类别", "案件编号", "执行案号", "原案号", "执行法院代码", "执行法院", "异议事项", "异议期最后一日",
        "剩余天数", "链接"),
        o.windows().stream().map(r -> row(r.kind().equals("PRICE") ? "参考价异议" : "分配方案", r.caseId(),
            nz(r.enforcementNumber()), r.caseNumber(), r.courtCode(), r.courtName(), r.what(), r.lastDay(), r.daysLeft(),
            r.link())).toList());
  }

  static Table overdueByCourt(List<Deadlines.CourtOverdue> courts) {
    return new Table("overdue-courts", List.of("法院代码", "法院", "逾期移交环节", "逾期联合执行事项"),
        courts.stream().map(c -> row(c.courtCode(), c.courtName(), c.handOverSteps(), c.workItems())).toList());
  }

  static Table operationsByCourt(List<Operations.CourtOperations> courts) {
    return new Table("operations-courts", List.of("法院代码", "法院", "流程异常", "无法送达的消息"),
        courts.stream().map(c -> row(c.courtCode(), c.courtName(), c.openIncidents(), c.undeliverableMessages())).toList());
  }

  /** Incidents and undeliverable messages as one table: one line per incident or message. */
  static Table of(Operations o) {
    List<List<Object>> rows = new ArrayList<>();
    o.incidents().forEach(i -> rows.add(row("流程异常", i.caseId(), i.enforcementNumber(), i.courtCode(), i.courtName(),
        i.activityId() + "：" + nz(i.message()), i.since(), i.link())));
    o.messages().forEach(m -> rows.add(row("无法送达的消息", m.caseId(), m.enforcementNumber(), m.courtCode(), m.courtName(),
        m.description() + (m.lastError() == null ? "" : "：" + m.lastError()), m.since(), m.link())));
    return new Table("operations", List.of("类别", "案件编号", "执行案号", "法院代码", "法院", "内容", "时间", "查看与处理"), rows);
  }

  /** A row that may hold empty cells (List.of refuses nulls). */
  private static List<Object> row(Object... cells) {
    return java.util.Arrays.asList(cells);
  }

  static BigDecimal yuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /** A rate in percent with two decimals; null (an empty cell) when there is no rate. */
  static BigDecimal percent(BigDecimal rate) {
    return rate == null ? null : rate.movePointRight(2).setScale(2);
  }

  private static Object nz(Object o) {
    return o == null ? "" : o;
  }
}
