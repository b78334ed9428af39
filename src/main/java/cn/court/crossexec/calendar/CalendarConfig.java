package cn.court.crossexec.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The legal calendar and the courts' clock as beans. The shipped notices ({@code calendar/cn-public-holidays.yaml}) can
 * be extended with further files in the same format ({@code crossexec.calendar.extra-data}, e.g.
 * {@code file:/etc/crossexec/holidays-2027.yaml}) when a new notice comes out; a later file's year replaces the
 * shipped one. At start-up the calendar warns about this year and next year when their notice is missing.
 */
@Configuration
class CalendarConfig {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfig.class);

  @Bean
  LegalCalendar legalCalendar(
      Clock clock, ResourceLoader resources, @Value("${crossexec.calendar.extra-data:}") List<String> extraData) {
    List<InputStream> documents = new ArrayList<>();
    documents.add(open(resources.getResource("classpath:calendar/cn-public-holidays.yaml")));
    for (String location : extraData) {
      if (!location.isBlank()) {
        documents.add(open(resources.getResource(location.trim())));
      }
    }
    LegalCalendar calendar = new LegalCalendar(OfficialHolidays.read(documents), clock.getZone());
    int year = LocalDate.now(clock).getYear();
    for (int y = year; y <= year + 1; y++) {
      if (!calendar.knowsYear(y)) {
        log.warn(
            "The legal calendar has no State Council holiday notice for {}: until one is added "
                + "(crossexec.calendar.extra-data) only Saturdays and Sundays count as rest days in {}",
            y,
            y);
      }
    }
    log.info("Legal calendar: holiday notices known for {}", calendar.knownYears());
    return calendar;
  }

  @Bean
  CourtClock courtClock(Clock clock) {
    return new CourtClock(clock);
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Holiday data " + resource.getDescription() + " cannot be read", e);
    }
  }
}
