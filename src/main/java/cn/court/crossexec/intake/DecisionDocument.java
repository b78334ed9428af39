package cn.court.crossexec.intake;

import cn.court.crossexec.court.CourtService;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** The cross-execution decision (交叉执行决定书) as a printable Chinese HTML document. */
final class DecisionDocument {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private DecisionDocument() {}

  static String render(Application a, Decision d, CourtService courts) {
    String coordinating = courts.get(d.getCoordinatingCourtCode()).name();
    String executing = courts.get(d.getExecutingCourtCode()).name();
    String original = courts.get(a.getOriginalCourtCode()).name();
    String applicants = names(a, PartyRole.APPLICANT);
    String debtors = names(a, PartyRole.DEBTOR);
    String participating = d.getCourts().stream()
        .filter(c -> c.getRole() == CourtRole.PARTICIPATING)
        .map(c -> courts.get(c.getCourtCode()).name())
        .collect(Collectors.joining("、"));
    String operative = switch (d.getMode()) {
      case SUPERVISED -> "责令" + original + "于" + (d.getSupervisionDueOn() == null ? "指定期限" : DATE.format(d.getSupervisionDueOn()))
          + "前依法执行，并报告执行进展；逾期未执行的，本院将提级执行或者指令其他法院执行。";
      case DIRECTED -> "本案由" + executing + "执行（指令执行）。" + original + "应当将案件材料移送" + executing + "。";
      case ELEVATED -> "本案由本院提级执行。" + original + "应当将案件材料报送本院。";
      case CENTRALIZED -> "本案与被执行人相关联的案件由" + executing + "集中执行、统一处置、统一分配。";
      case COLLABORATIVE -> "本案由" + executing + "执行，" + (participating.isEmpty() ? "辖区相关法院" : participating)
          + "协同执行，由本院执行指挥中心统一协调。";
    };
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>交叉执行决定书</title>")
        .append("<style>body{font-family:'FangSong','STFangsong','Noto Serif CJK SC',serif;max-width:720px;margin:40px auto;line-height:2;font-size:17px}")
        .append("h1,h2{text-align:center;font-weight:normal}h1{font-size:26px;letter-spacing:4px}.sign{text-align:right;margin-top:48px}</style></head><body>")
        .append("<h1>").append(esc(coordinating)).append("</h1><h2>交叉执行决定书</h2>")
        .append("<p>原执行案号：").append(esc(a.getCaseNumber())).append("</p>")
        .append("<p>申请执行人：").append(esc(applicants)).append("</p>")
        .append("<p>被执行人：").append(esc(debtors)).append("</p>")
        .append("<p>").append(esc(original)).append("执行的").append(esc(a.getCaseNumber())).append("一案，")
        .append(a.getSource() == ApplicationSource.PARTY ? "申请执行人向本院申请交叉执行。" : "经本院依职权审查。")
        .append("本院经审查认为，本案属于").append(esc(d.getCategory().label())).append("。</p>")
        .append("<p>必要性：").append(esc(d.getNecessity())).append("</p>")
        .append("<p>便利性：").append(esc(d.getConvenience())).append("</p>")
        .append("<p>规范性：").append(esc(d.getRegularity())).append("</p>")
        .append("<p>").append(esc(d.getReasons())).append("</p>")
        .append("<p>依照《中华人民共和国民事诉讼法》第二百三十七条、《最高人民法院关于交叉执行工作的指导意见》之规定，决定如下：</p>")
        .append("<p>对本案采取").append(esc(d.getMode().label())).append("。").append(esc(operative)).append("</p>")
        .append("<p>本决定送达后立即生效。</p>")
        .append("<p class=\"sign\">").append(esc(coordinating)).append("<br>")
        .append(DATE.format(d.getDecidedAt().toLocalDate())).append("</p>")
        .append("</body></html>");
    return html.toString();
  }

  private static String names(Application a, PartyRole role) {
    return a.getParties().stream().filter(p -> p.getRole() == role).map(ApplicationParty::getName)
        .collect(Collectors.joining("、"));
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
