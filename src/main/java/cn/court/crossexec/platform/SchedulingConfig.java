package cn.court.crossexec.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on @Scheduled housekeeping (e.g. {@link RetentionCleanup}). Process deadlines are engine timers, not this. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
