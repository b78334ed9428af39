package cn.court.crossexec.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The State Council's yearly holiday notices as data (国务院办公厅关于部分节假日安排的通知): the rest periods and the weekend
 * days made working days (调休上班). Read from YAML files in the format of {@code calendar/cn-public-holidays.yaml}; a
 * year is known only when a file holds it — it is never derived from the lunar calendar or from past years.
 */
public final class OfficialHolidays {

  private final Set<Integer> years = new TreeSet<>();
  private final Map<LocalDate, String> holidays = new HashMap<>();
  private final Map<LocalDate, String> makeUpWorkdays = new HashMap<>();

  private OfficialHolidays() {}

  /** The notices in the given YAML documents; a later document's year replaces an earlier one's. */
  public static OfficialHolidays read(Collection<InputStream> documents) {
    OfficialHolidays data = new OfficialHolidays();
    for (InputStream in : documents) {
      try (in) {
        data.add(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
      } catch (IOException e) {
        throw new UncheckedIOException("Holiday data could not be read", e);
      }
    }
    return data;
  }

  /** The notices shipped with the product ({@code classpath:calendar/cn-public-holidays.yaml}). */
  public static OfficialHolidays shipped() {
    InputStream in = OfficialHolidays.class.getResourceAsStream("/calendar/cn-public-holidays.yaml");
    if (in == null) {
      throw new IllegalStateException("calendar/cn-public-holidays.yaml is missing from the classpath");
    }
    return read(List.of(in));
  }

  @SuppressWarnings("unchecked")
  private void add(Object document) {
    if (!(document instanceof Map<?, ?> root) || !(root.get("years") instanceof Map<?, ?> byYear)) {
      throw new IllegalStateException("Holiday data must have a top-level 'years' map");
    }
    for (Map.Entry<?, ?> entry : byYear.entrySet()) {
      int year = Integer.parseInt(String.valueOf(entry.getKey()));
      Map<String, Object> notice = (Map<String, Object>) entry.getValue();
      holidays.keySet().removeIf(d -> d.getYear() == year);
      makeUpWorkdays.keySet().removeIf(d -> d.getYear() == year);
      for (Map<String, Object> period : (List<Map<String, Object>>) notice.getOrDefault("holidays", List.of())) {
        LocalDate from = date(period.get("from"));
        LocalDate to = date(period.get("to"));
        if (to.isBefore(from)) {
          throw new IllegalStateException("Holiday " + period.get("name") + " of " + year + " ends before it begins");
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          holidays.put(d, String.valueOf(period.get("name")));
        }
      }
      for (Map<String, Object> day : (List<Map<String, Object>>) notice.getOrDefault("makeUpWorkdays", List.of())) {
        LocalDate d = date(day.get("date"));
        if (d.getDayOfWeek().getValue() < 6) {
          throw new IllegalStateException("Make-up working day " + d + " is not a Saturday or Sunday");
        }
        makeUpWorkdays.put(d, String.valueOf(day.get("for")));
      }
      years.add(year);
    }
  }

  /** SnakeYAML reads an unquoted 2026-01-01 as a timestamp at midnight UTC; a quoted one stays text. */
  private static LocalDate date(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value));
  }

  /** The years whose notice is known. */
  public Set<Integer> years() {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  public boolean knows(int year) {
    return years.contains(year);
  }

  /** The holiday a day belongs to, or null. */
  public String holidayOf(LocalDate day) {
    return holidays.get(day);
  }

  /** The holiday a make-up working day is worked for, or null when the day is none. */
  public String makeUpWorkdayFor(LocalDate day) {
    return makeUpWorkdays.get(day);
  }

  Set<LocalDate> holidayDays() {
    return new HashSet<>(holidays.keySet());
  }
}
