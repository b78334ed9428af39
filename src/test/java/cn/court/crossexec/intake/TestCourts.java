package cn.court.crossexec.intake;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.court.crossexec.court.CourtLevel;
import cn.court.crossexec.court.CourtService;
import cn.court.crossexec.court.CourtView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small slice of the Guangdong court directory for unit tests, with the directory's real locality rule. */
final class TestCourts {

  private TestCourts() {}

  static final Map<String, CourtView> COURTS = Map.ofEntries(
      Map.entry("GD", new CourtView("GD", "广东省高级人民法院", "粤", CourtLevel.HIGH, "SPC", "广东省")),
      Map.entry("GD03", new CourtView("GD03", "广东省深圳市中级人民法院", "粤03", CourtLevel.INTERMEDIATE, "GD", "广东省深圳市")),
      Map.entry("GD01", new CourtView("GD01", "广东省广州市中级人民法院", "粤01", CourtLevel.INTERMEDIATE, "GD", "广东省广州市")),
      Map.entry("GD0304", new CourtView("GD0304", "深圳市福田区人民法院", "粤0304", CourtLevel.BASIC, "GD03", "广东省深圳市福田区")),
      Map.entry("GD0303", new CourtView("GD0303", "深圳市罗湖区人民法院", "粤0303", CourtLevel.BASIC, "GD03", "广东省深圳市罗湖区")),
      Map.entry("GD0305", new CourtView("GD0305", "深圳市南山区人民法院", "粤0305", CourtLevel.BASIC, "GD03", "广东省深圳市南山区")),
      Map.entry("GD0399", new CourtView("GD0399", "（同一辖区的假想法院）", "粤0399", CourtLevel.BASIC, "GD03", "广东省深圳市南山区")),
      Map.entry("GD0104", new CourtView("GD0104", "广州市越秀区人民法院", "粤0104", CourtLevel.BASIC, "GD01", "广东省广州市越秀区")));

  static CourtService directory() {
    return directory(CourtService.LocalityScope.DISTRICT);
  }

  /** The directory with the given reach of a court's locality (crossexec.court.locality-scope). */
  static CourtService directory(CourtService.LocalityScope scope) {
    CourtService courts = mock(CourtService.class);
    org.springframework.test.util.ReflectionTestUtils.setField(courts, "localityScope", scope);
    when(courts.find(anyString())).thenAnswer(i -> Optional.ofNullable(COURTS.get((String) i.getArgument(0))));
    when(courts.get(anyString())).thenAnswer(i -> COURTS.get((String) i.getArgument(0)));
    when(courts.isUnder(anyString(), anyString())).thenAnswer(i -> {
      CourtView c = COURTS.get((String) i.getArgument(0));
      String superior = i.getArgument(1);
      while (c != null && c.parentCode() != null) {
        if (c.parentCode().equals(superior)) {
          return true;
        }
        c = COURTS.get(c.parentCode());
      }
      return false;
    });
    when(courts.ancestry(anyString())).thenAnswer(i -> {
      List<CourtView> chain = new ArrayList<>();
      for (CourtView c = COURTS.get((String) i.getArgument(0)); c != null; c = COURTS.get(c.parentCode())) {
        chain.add(c);
      }
      return chain;
    });
    // the real locality rule of the court directory, on the hierarchy above
    when(courts.sameLocality(anyString(), anyString())).thenCallRealMethod();
    return courts;
  }
}
