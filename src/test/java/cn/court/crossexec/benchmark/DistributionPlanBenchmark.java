package cn.court.crossexec.benchmark;

import cn.court.crossexec.disposal.distribution.ClaimInput;
import cn.court.crossexec.disposal.distribution.ClaimKind;
import cn.court.crossexec.disposal.distribution.DistributionCalculator;
import cn.court.crossexec.disposal.distribution.DistributionFixture;
import cn.court.crossexec.disposal.distribution.DistributionFixture.ClaimRow;
import cn.court.crossexec.disposal.distribution.DistributionPlans;
import cn.court.crossexec.disposal.distribution.OrderingRule;
import cn.court.crossexec.disposal.distribution.Plan;
import cn.court.crossexec.disposal.distribution.PlannedShare;
import cn.court.crossexec.support.TestEnvironment;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long a distribution plan for many claims takes to compute and to store.
 *
 * <p>Not a test (no timed assertions, not run by {@code ./mvnw verify}): a plain {@code main} that migrates a database
 * with Flyway (H2 in memory, or PostgreSQL when SPRING_DATASOURCE_URL is set), files one case's claims (10,000 by
 * default: a few costs, priority and secured claims of several ranks, the rest ordinary, most with a seizure date),
 * then, after a warm-up, times over several repetitions: {@link DistributionCalculator#plan} under each ordering rule,
 * {@link DistributionPlans#store} of the plan in one transaction (delete the old shares, batch-insert the new), and
 * reading the shares back. The sum pays the costs, priority and secured claims and part of the ordinary ones, so the
 * largest tier is split pro rata. Prints median/min/max in ms, the bytes one computation allocates and the heap in
 * use, and appends them to {@code target/benchmark-results.md}.
 *
 * <p>System properties: {@code claims} (10000), {@code warmup} (5), {@code repetitions} (20), {@code results}
 * (target/benchmark-results.md). Run it with {@code tools/benchmark/distribution-plan.sh}.
 */
public final class DistributionPlanBenchmark {

  private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");

  private final int claimCount = Integer.getInteger("claims", 10_000);
  private final int warmup = Integer.getInteger("warmup", 5);
  private final int repetitions = Integer.getInteger("repetitions", 20);
  private final Path results = Path.of(System.getProperty("results", "target/benchmark-results.md"));

  public static void main(String[] args) throws IOException {
    // the pool's and Flyway's start-up lines would bury the figures
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", TestEnvironment.h2InMemory());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa"));
    config.setPassword(System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
    config.setMaximumPoolSize(2);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
      new DistributionPlanBenchmark().run(dataSource, url);
    }
  }

  private void run(HikariDataSource dataSource, String url) throws IOException {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    DistributionPlans plans = new DistributionPlans(jdbc);
    DistributionFixture fixture = new DistributionFixture(jdbc, Clock.system(COURT_TIME));

    String caseId = transaction.execute(status -> fixture.insertCase());
    List<ClaimRow> rows = claimRows();
    List<ClaimInput> claims = transaction.execute(status -> fixture.insertClaims(caseId, rows));
    long sum = distributableSum(claims);
    String distributionId = transaction.execute(status -> fixture.insertDistribution(caseId, sum));

    List<Long> proRata = new ArrayList<>();
    List<Long> seizureOrder = new ArrayList<>();
    List<Long> store = new ArrayList<>();
    List<Long> read = new ArrayList<>();
    Plan plan = null;
    for (int i = 0; i < warmup + repetitions; i++) {
      boolean measured = i >= warmup;
      plan = time(() -> DistributionCalculator.plan(sum, claims, OrderingRule.PRO_RATA), measured ? proRata : null);
      time(() -> DistributionCalculator.plan(sum, claims, OrderingRule.SEIZURE_ORDER), measured ? seizureOrder : null);
      Plan stored = plan;
      time(() -> {
        transaction.executeWithoutResult(status -> plans.store(distributionId, stored));
        return null;
      }, measured ? store : null);
      List<PlannedShare> back = time(() -> plans.shares(distributionId), measured ? read : null);
      if (!back.equals(plan.shares())) {
        throw new IllegalStateException("the stored plan does not read back as computed");
      }
    }
    long allocated = allocatedBytes(() -> DistributionCalculator.plan(sum, claims, OrderingRule.PRO_RATA));
    System.gc();
    long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    long paid = plan.shares().stream().mapToLong(PlannedShare::shareFen).sum();
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "Distribution plan benchmark, %s, %s%n",
        OffsetDateTime.now(COURT_TIME).withNano(0), url.replaceAll(";.*", "")));
    report.append(String.format(Locale.ROOT, "claims %d (%s), distributable %d fen, paid %d fen, surplus %d fen, "
        + "plan version %s%n", claims.size(), mix(claims), sum, paid, plan.surplusFen(),
        fixture.planColumns(distributionId).get(0)));
    report.append(String.format(Locale.ROOT, "%d repetitions after %d warm-up%n", repetitions, warmup));
    report.append(String.format(Locale.ROOT, "%-34s %9s %9s %9s%n", "", "median ms", "min ms", "max ms"));
    report.append(row("compute (PRO_RATA)", proRata));
    report.append(row("compute (SEIZURE_ORDER)", seizureOrder));
    report.append(row("store (delete + batch insert, 1 tx)", store));
    report.append(row("read back (shares)", read));
    report.append(String.format(Locale.ROOT, "allocated by one compute: %.1f MB; heap used after GC: %.1f MB "
        + "(max heap %.0f MB)%n", allocated / 1e6, heapUsed / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
    System.out.print(report);
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, "\n```\n" + report + "```\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println("Appended to " + results);
  }

  /** A realistic mix, the same every run: costs, priority (3 ranks), secured (5 ranks), the rest ordinary. */
  private List<ClaimRow> claimRows() {
    Random random = new Random(20251126L);
    LocalDate firstSeizure = LocalDate.of(2024, 1, 2);
    List<ClaimRow> rows = new ArrayList<>(claimCount);
    for (int i = 0; i < claimCount; i++) {
      long amount = 1_000L + (long) (random.nextDouble() * random.nextDouble() * 5_000_000_000L);
      ClaimKind kind = i < 3 ? ClaimKind.COSTS : i < 43 ? ClaimKind.PRIORITY : i < 343 ? ClaimKind.SECURED
          : ClaimKind.ORDINARY;
      int rank = kind == ClaimKind.PRIORITY ? 1 + random.nextInt(3) : kind == ClaimKind.SECURED ? 1 + random.nextInt(5) : 0;
      LocalDate seizedOn = random.nextInt(10) < 6 ? firstSeizure.plusDays(random.nextInt(500)) : null;
      rows.add(new ClaimRow(kind, rank, amount, seizedOn));
    }
    return rows;
  }

  /** Everything before the ordinary claims, and 37 % of these (so the largest tier is split pro rata). */
  private static long distributableSum(List<ClaimInput> claims) {
    long senior = claims.stream().filter(claim -> claim.kind() != ClaimKind.ORDINARY).mapToLong(ClaimInput::amountFen).sum();
    long ordinary = claims.stream().filter(claim -> claim.kind() == ClaimKind.ORDINARY).mapToLong(ClaimInput::amountFen).sum();
    return senior + ordinary * 37 / 100 + 1;
  }

  private static String mix(List<ClaimInput> claims) {
    StringBuilder mix = new StringBuilder();
    for (ClaimKind kind : ClaimKind.values()) {
      mix.append(mix.isEmpty() ? "" : ", ").append(kind.name().toLowerCase(Locale.ROOT)).append(' ')
          .append(claims.stream().filter(claim -> claim.kind() == kind).count());
    }
    return mix.toString();
  }

  private static <T> T time(Supplier<T> work, List<Long> nanos) {
    long start = System.nanoTime();
    T result = work.get();
    if (nanos != null) {
      nanos.add(System.nanoTime() - start);
    }
    return result;
  }

  private static long allocatedBytes(Runnable work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static String row(String name, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return String.format(Locale.ROOT, "%-34s %9.2f %9.2f %9.2f%n", name, sorted.get((sorted.size() - 1) / 2) / 1e6,
        sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
  }
}
