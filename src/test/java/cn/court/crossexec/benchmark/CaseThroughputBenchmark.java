package cn.court.crossexec.benchmark;

import cn.court.crossexec.CrossExecutionApplication;
import cn.court.crossexec.support.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many complete cases per minute the application drives, and how long its automated steps take.
 *
 * <p>Not a test (no timed assertions, not run by {@code ./mvnw verify}): a plain {@code main} that starts the whole
 * application in-process (profiles {@code test} and {@code demo}, a free port, a fresh H2 in-memory database, or
 * PostgreSQL when SPRING_DATASOURCE_URL is set), then drives cases concurrently from a party's application to a
 * closed case: application (POST /api/applications as {@code applicant}) → the command centre's review → the
 * executing court acknowledges the file and serves the notice → the six-source asset investigation through the
 * simulator → the decision on the next step → closing, either by a full payment (POST /api/cases/{id}/payments,
 * closes PERFORMED) or by nextStep=TERMINATE (closes TERMINATED), alternately. The job workers, the simulator and
 * the engine do the rest as in production. People's tasks are claimed and completed in-process through the
 * engine's TaskService by one poller and a few "people" threads, so the driver adds little load of its own.
 *
 * <p>A case is complete when its coordinated-enforcement process instance has ended and the case's status is
 * closed. Figures: complete cases per minute over the wall time of the measured cases (after a warm-up), the
 * latency of every automated step (each finished historic {@code serviceTask} of the cases' process instances: end −
 * start, i.e. the external task's wait for a worker plus its work), per topic for the slowest topics, and the
 * end-to-end duration of a case. They are printed and appended to {@code target/benchmark-results.md}.
 *
 * <p>System properties: {@code cases} (40), {@code warmup} (3), {@code concurrency} (all cases at once),
 * {@code people} (threads that play the people, 4), {@code debtors} (0: each case its own debtor; n: the cases share
 * n debtors, so that the intake's series detection finds the others), {@code traceCases} (0; n: print the steps of
 * the n slowest cases), {@code pollMillis} (50), {@code timeoutSeconds} (600), {@code results}
 * (target/benchmark-results.md). Program arguments are passed on to Spring ({@code --name=value}). Run it with
 * {@code tools/benchmark/run.sh}.
 */
public final class CaseThroughputBenchmark {

  private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");
  private static final String PASSWORD = "demo";
  private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final String COORDINATOR = "coordinator-GD03";
  private static final List<String> PEOPLE_TASKS =
      List.of("Task_CoordinatorReview", "Task_AcknowledgeFile", "Task_ServeNotice", "Task_DecideNextStep");
  private static final Set<String> CLOSED = Set.of("PERFORMED", "TERMINATED", "WITHDRAWN", "BANKRUPTCY_TRANSFER");

  /** Benchmark settings on top of the test profile: a quick simulator that always answers, quiet logs. */
  private static final List<String> SETTINGS = List.of(
      "--crossexec.gateway.asset-inquiry.simulator-delay=PT0.05S",
      "--crossexec.gateway.asset-inquiry.simulator-failing-sources=",
      "--crossexec.gateway.asset-inquiry.simulator-silent-sources=",
      "--logging.level.root=WARN",
      "--logging.level.cn.court.crossexec=WARN",
      "--spring.main.banner-mode=off");

  private final int cases = Integer.getInteger("cases", 40);
  /** Soak mode: the same figures every minute, for at most soakMinutes (then the cases in flight finish). */
  private final boolean soak = Boolean.getBoolean("soak");
  private final long soakMinutes = Long.getLong("soakMinutes", 10);
  private final int warmup = Integer.getInteger("warmup", 3);
  private final int concurrency = Math.max(1, Integer.getInteger("concurrency", cases));
  private final int people = Math.max(1, Integer.getInteger("people", 4));
  private final int debtors = Integer.getInteger("debtors", 0);
  private final long pollMillis = Long.getLong("pollMillis", 50);
  private final long timeoutSeconds = Long.getLong("timeoutSeconds", 600);
  private final Path results = Path.of(System.getProperty("results", "target/benchmark-results.md"));

  private final ConfigurableApplicationContext context;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;
  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger sequence = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 100_000) * 1000 + 1);
  private final AtomicInteger lockRetries = new AtomicInteger();
  /** What the driver completed each person's task with (by task id): the raw engine's replay uses the same. */
  private final Map<String, Map<String, Object>> peopleCompletions = new ConcurrentHashMap<>();
  private final boolean raw = !"false".equals(System.getProperty("raw", "true"));
  // the product's figures, for the summary line
  private double productStepsPerSecond;
  private double productCasesPerMinute;
  private long productP99;
  private double productCpuMsPerStep;
  private final AtomicInteger serverErrorRetries = new AtomicInteger();
  private static double startupSeconds;
  private static double clientCpuAtStartup;
  private double loadAtStart;
  private long historyRowsAtStart;
  private long historyBytesAtStart;
  private long cpuAtStart;

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(SETTINGS);
    arguments.addAll(List.of(args));
    SpringApplication application = new SpringApplication(CrossExecutionApplication.class);
    application.setAdditionalProfiles("test", "demo");
    application.addInitializers(new TestEnvironment());
    application.setBannerMode(Banner.Mode.OFF);
    long starting = System.nanoTime();
    ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
    int exit;
    try {
      startupSeconds = (System.nanoTime() - starting) / 1e9;
      // the job workers' fetch thread and the (never started) starter client: no CPU before the application is ready
      clientCpuAtStartup = threadCpuSeconds("TopicSubscriptionManager") + threadCpuSeconds("job-fetch-");
      System.out.printf(Locale.ROOT, "Application started in %.1f s%n", startupSeconds);
      exit = new CaseThroughputBenchmark(context).run() ? 0 : 1;
    } catch (Throwable failure) {
      failure.printStackTrace();
      exit = 2;
    } finally {
      context.close();
    }
    System.exit(exit);
  }

  private CaseThroughputBenchmark(ConfigurableApplicationContext context) {
    this.context = context;
    this.tasks = context.getBean(TaskService.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.history = context.getBean(HistoryService.class);
    this.repository = context.getBean(RepositoryService.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.meters = context.getBean(MeterRegistry.class);
    this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("server.port");
  }

  private boolean run() throws Exception {
    if (Boolean.parseBoolean(System.getProperty("idleProbe", "true"))) {
      idleProbe("just after start-up");
    }
    if (warmup > 0) {
      System.out.printf("Warm-up: %d cases%n", warmup);
      Batch warm = new Batch(warmup, Math.min(warmup, concurrency));
      warm.drive();
      if (!warm.failures().isEmpty()) {
        System.out.println("Warm-up failed: " + warm.failures());
        return false;
      }
      Thread.sleep(1000); // the last warm-up worker records its metrics just after its case has ended
    }
    Map<String, Double> workerOutcomesBefore = workerOutcomes();
    Map<String, double[]> workerTimesBefore = workerTimes();
    loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    historyRowsAtStart = historyRows();
    historyBytesAtStart = historyBytes();
    cpuAtStart = processCpuNanos();
    System.out.printf(Locale.ROOT, "Measuring: %d cases, %d at a time%n", cases, concurrency);
    Batch batch = new Batch(cases, concurrency);
    batch.drive();
    Thread.sleep(1000); // the last worker records its metrics just after its case has ended
    String report = report(batch, workerOutcomesBefore, workerTimesBefore);
    System.out.println();
    System.out.println(report);
    append(report);
    if (Integer.getInteger("traceCases", 0) > 0) {
      trace(batch, Integer.getInteger("traceCases", 0));
    }
    String summary;
    if (raw) {
      String rawReport = rawEngine(batch);
      System.out.println(rawReport);
      append(rawReport);
      summary = String.format(Locale.ROOT, "summary: db=%s steps_per_s=%.1f raw_steps_per_s=%.1f ratio=%.2f p99_ms=%d "
          + "raw_p99_ms=%d cpu_ms_per_step=%.1f raw_cpu_ms_per_step=%.1f cases_per_min=%.1f raw_cases_per_min=%.1f",
          databaseLabel(), productStepsPerSecond, rawStepsPerSecond,
          rawStepsPerSecond == 0 ? 0 : productStepsPerSecond / rawStepsPerSecond, productP99, rawP99, productCpuMsPerStep,
          rawCpuMsPerStep, productCasesPerMinute, rawCasesPerMinute);
    } else {
      summary = String.format(Locale.ROOT, "summary: db=%s steps_per_s=%.1f p99_ms=%d cpu_ms_per_step=%.1f "
          + "cases_per_min=%.1f", databaseLabel(), productStepsPerSecond, productP99, productCpuMsPerStep,
          productCasesPerMinute);
    }
    append(summary + "\n");
    if (!batch.failures().isEmpty()) {
      System.out.println("Cases not completed:");
      batch.failures().forEach(f -> System.out.println("  " + f));
    }
    System.out.println(summary);
    return batch.failures().isEmpty();
  }

  private double rawStepsPerSecond;
  private double rawCasesPerMinute;
  private long rawP99;
  private double rawCpuMsPerStep;

  /**
   * The raw engine on the same models and the same cases (see {@link RawEngineReplay}): the product's workers are
   * stopped first, so that only the replay's no-op handlers take the external tasks.
   */
  private String rawEngine(Batch batch) throws Exception {
    context.getBeanProvider(cn.court.crossexec.workflow.worker.JobWorkerControl.class).ifAvailable(
        cn.court.crossexec.workflow.worker.JobWorkerControl::stop);
    RawEngineReplay replay = new RawEngineReplay(runtime, tasks, history, repository,
        context.getBean(org.camunda.bpm.engine.ExternalTaskService.class), jdbc);
    List<RawEngineReplay.Script> scripts = new ArrayList<>();
    for (CaseRun run : batch.runs) {
      if (run.endedAt != null) {
        scripts.add(replay.record(run.rootInstanceId, peopleCompletions));
      }
    }
    int threads = Integer.parseInt(context.getEnvironment().getProperty("crossexec.workers.pool.size", "0"));
    threads = threads == 0 ? 4 * Runtime.getRuntime().availableProcessors() : threads;
    System.out.printf(Locale.ROOT, "Raw engine: replaying %d cases, %d at a time, %d no-op handler threads%n",
        scripts.size(), concurrency, threads);
    long cpuBefore = processCpuNanos();
    long startedAt = System.currentTimeMillis();
    List<RawEngineReplay.Run> runs = replay.replay(scripts, concurrency, threads, timeoutSeconds);
    long cpuNanos = processCpuNanos() - cpuBefore;
    List<Long> steps = new ArrayList<>();
    Map<String, List<Long>> byTopic = new TreeMap<>();
    Map<String, String> topics = new HashMap<>();
    long lastEnd = startedAt;
    List<RawEngineReplay.Run> complete = runs.stream().filter(r -> r.endedAtMillis != 0).toList();
    for (RawEngineReplay.Run run : complete) {
      lastEnd = Math.max(lastEnd, run.endedAtMillis);
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(run.rootId).list()) {
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityType("serviceTask").finished().list()) {
          if (!step.isCanceled()) {
            long millis = step.getEndTime().getTime() - step.getStartTime().getTime();
            steps.add(millis);
            String topic = topics.computeIfAbsent(step.getProcessDefinitionId() + "#" + step.getActivityId(),
                k -> topicOf(step.getProcessDefinitionId(), step.getActivityId()));
            byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(millis);
          }
        }
      }
    }
    double wallSeconds = (lastEnd - startedAt) / 1000.0;
    rawStepsPerSecond = wallSeconds == 0 ? 0 : steps.size() / wallSeconds;
    rawCasesPerMinute = wallSeconds == 0 ? 0 : complete.size() * 60 / wallSeconds;
    rawP99 = steps.isEmpty() ? 0 : percentile(steps, 99);
    rawCpuMsPerStep = steps.isEmpty() || cpuNanos < 0 ? 0 : cpuNanos / 1e6 / steps.size();
    StringBuilder out = new StringBuilder();
    String line = "-".repeat(94) + "\n";
    out.append("Raw engine on the same models (Java API, no-op handlers replaying the product's outcomes)\n").append(line);
    out.append(row("cases", complete.size() + " complete of " + runs.size() + runs.stream().filter(r -> r.failure != null)
        .findFirst().map(r -> " (first failure: " + r.failure + ")").orElse("")));
    out.append(row("wall time", String.format(Locale.ROOT, "%.1f s", wallSeconds)));
    out.append(row("complete cases per minute", String.format(Locale.ROOT, "%.1f", rawCasesPerMinute)));
    out.append(row("automated steps per second", String.format(Locale.ROOT, "%.1f", rawStepsPerSecond)));
    out.append(row("CPU per automated step", String.format(Locale.ROOT, "%.1f ms (the replay's driver included)",
        rawCpuMsPerStep)));
    out.append(String.format(Locale.ROOT, "%-46s %7s %9s %9s %9s %9s%n", "latency (ms)", "count", "median", "p95",
        "p99", "max"));
    out.append(stats("automated steps (all serviceTask)", steps));
    out.append("  slowest 5 topics by p95:\n");
    byTopic.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Long>> e) -> percentile(e.getValue(), 95)).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(5)
        .forEach(e -> out.append(stats("  " + e.getKey(), e.getValue())));
    Runtime jvm = Runtime.getRuntime();
    System.gc();
    out.append(row("JVM heap after a full GC", ((jvm.totalMemory() - jvm.freeMemory()) >> 20) + " MB"));
    out.append(row("product / raw engine", String.format(Locale.ROOT, "steps per second %.2f, cases per minute %.2f",
        rawStepsPerSecond == 0 ? 0 : productStepsPerSecond / rawStepsPerSecond,
        rawCasesPerMinute == 0 ? 0 : productCasesPerMinute / rawCasesPerMinute)));
    return out.toString();
  }

  private String databaseLabel() {
    String database = database();
    return database.startsWith("PostgreSQL") ? "PostgreSQL" : database.startsWith("H2") ? "H2" : database.split(" ")[0];
  }

  /**
   * At idle, one application: how long from its submission until the command centre's review task exists (five
   * automated steps before it), and how long the first of them waited for a worker after its creation.
   */
  private void idleProbe(String when) throws Exception {
    CaseRun probe = new CaseRun(999_999);
    Batch one = new Batch(0, 1);
    long submitted = System.currentTimeMillis();
    one.apply(probe);
    long deadline = System.currentTimeMillis() + 60_000;
    Task review = null;
    while (review == null && System.currentTimeMillis() < deadline) {
      review = tasks.createTaskQuery().processInstanceId(probe.rootInstanceId).taskDefinitionKey("Task_CoordinatorReview")
          .singleResult();
      if (review == null) {
        Thread.sleep(10);
      }
    }
    long firstWait = -1;
    HistoricActivityInstance first = history.createHistoricActivityInstanceQuery().processInstanceId(probe.rootInstanceId)
        .activityType("serviceTask").orderByHistoricActivityInstanceStartTime().asc().list().stream().findFirst().orElse(null);
    if (first != null) {
      var log = history.createHistoricExternalTaskLogQuery().processInstanceId(probe.rootInstanceId)
          .activityIdIn(first.getActivityId()).successLog().list();
      if (!log.isEmpty() && first.getStartTime() != null) {
        firstWait = log.get(0).getTimestamp().getTime() - first.getStartTime().getTime();
      }
    }
    String figures = String.format(Locale.ROOT, "idle probe (%s): review task %s ms after the submission; the first "
        + "automated step completed %d ms after its creation", when,
        review == null ? "not there after 60000" : String.valueOf(review.getCreateTime().getTime() - submitted), firstWait);
    System.out.println(figures);
    append(figures + "\n");
  }

  // ------------------------------------------------------------------ driving cases

  /** One case on its way: the driver's knowledge of it. */
  private static final class CaseRun {
    final int number;
    final boolean paid;
    final long amountFen;
    volatile long startedAtMillis;
    volatile String applicationId;
    volatile String rootInstanceId;
    volatile String caseInstanceId;
    volatile String caseId;
    volatile String executingCourt;
    volatile boolean closingSent;
    volatile Date endedAt;
    volatile String status;
    volatile String failure;
    final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    CaseRun(int number) {
      this.number = number;
      this.paid = number % 2 == 0;
      this.amountFen = paid ? 1_000_000L + number : 50_000_000L + number;
    }

    boolean finished() {
      return endedAt != null || failure != null;
    }
  }

  private record InstanceInfo(String rootId, String businessKey) {}

  /**
   * N cases, at most {@code inFlight} at a time. One poller thread looks for the people's tasks of all cases in one
   * query and for the ended case processes in another; a few threads play the people.
   */
  private final class Batch {
    final List<CaseRun> runs = new ArrayList<>();
    final int inFlight;
    final Map<String, CaseRun> byRoot = new ConcurrentHashMap<>();
    final Map<String, InstanceInfo> instances = new HashMap<>();
    final Set<String> dispatched = new HashSet<>();
    final ExecutorService actors = Executors.newFixedThreadPool(people, r -> {
      Thread t = new Thread(r, "benchmark-people");
      t.setDaemon(true);
      return t;
    });
    long startedAtMillis;
    final int debtorBase = sequence.get();

    Batch(int count, int inFlight) {
      for (int i = 0; i < count; i++) {
        runs.add(new CaseRun(i));
      }
      this.inFlight = inFlight;
    }

    void drive() throws InterruptedException {
      startedAtMillis = System.currentTimeMillis();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      int next = 0;
      long progressAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      long minuteAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      long soakEnd = System.nanoTime() + TimeUnit.MINUTES.toNanos(soakMinutes);
      double[] minuteStart = {stepsSoFar(), 0};
      int minute = 0;
      while (System.nanoTime() < deadline) {
        if (System.nanoTime() > progressAt) {
          progressAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          System.out.printf(Locale.ROOT, "  %3d s: %s%n", (System.currentTimeMillis() - startedAtMillis) / 1000, progress());
        }
        if (soak && System.nanoTime() > minuteAt) {
          // the soak's figures per minute: a leak or a slowdown with a growing history shows here
          minuteAt += TimeUnit.SECONDS.toNanos(60);
          minute++;
          double steps = stepsSoFar();
          long closed = runs.stream().filter(r -> r.endedAt != null).count();
          Runtime jvm = Runtime.getRuntime();
          System.gc();
          String figures = String.format(Locale.ROOT, "soak minute %d: steps_per_s=%.1f cases_in_minute=%d cases_total=%d "
              + "heap_after_gc_mb=%d history_rows=%d", minute, (steps - minuteStart[0]) / 60, closed - (long) minuteStart[1],
              closed, (jvm.totalMemory() - jvm.freeMemory()) >> 20, historyRows());
          System.out.println(figures);
          try {
            append(figures + "\n");
          } catch (IOException e) {
            System.out.println("could not append: " + e);
          }
          minuteStart[0] = steps;
          minuteStart[1] = closed;
        }
        boolean soakOver = soak && System.nanoTime() > soakEnd;
        if (soakOver && next < runs.size()) {
          System.out.printf(Locale.ROOT, "Soak time (%d min) is up: %d cases started, no more%n", soakMinutes, next);
          runs.subList(next, runs.size()).clear();
        }
        long open = runs.stream().filter(r -> r.startedAtMillis != 0 && !r.finished()).count();
        while (next < runs.size() && open < inFlight) {
          CaseRun run = runs.get(next++);
          run.startedAtMillis = System.currentTimeMillis();
          actors.submit(() -> act(run, () -> apply(run)));
          open++;
        }
        if (next == runs.size() && runs.stream().allMatch(CaseRun::finished)) {
          break;
        }
        try {
          pollTasks();
          pollEnded();
        } catch (RuntimeException e) {
          System.out.println("poll failed (retried): " + e);
        }
        Thread.sleep(pollMillis);
      }
      for (CaseRun run : runs) {
        if (!run.finished()) {
          run.failure = "not complete after " + timeoutSeconds + " s: " + whereIs(run);
        }
      }
      actors.shutdownNow();
    }

    /** How many cases are at which stage. */
    String progress() {
      Map<String, Integer> stages = new TreeMap<>();
      for (CaseRun run : runs) {
        String stage = run.startedAtMillis == 0 ? "0 waiting" : run.failure != null ? "6 failed" : run.endedAt != null
            ? "5 complete" : run.closingSent ? "4 closing" : run.caseId != null ? "3 case process" : run.rootInstanceId != null
            ? "2 application" : "1 applying";
        stages.merge(stage, 1, Integer::sum);
      }
      return stages.entrySet().stream().map(e -> e.getKey().substring(2) + " " + e.getValue())
          .collect(Collectors.joining(", "));
    }

    List<String> failures() {
      return runs.stream().filter(r -> r.failure != null)
          .map(r -> "case " + r.number + " (" + (r.caseId == null ? "application " + r.applicationId : r.caseId) + "): "
              + shorten(r.failure.replaceAll("\\s+", " "), 400))
          .toList();
    }

    private void pollTasks() {
      List<Task> open = tasks.createTaskQuery().taskDefinitionKeyIn(PEOPLE_TASKS.toArray(String[]::new)).active().list();
      Set<String> unknown = open.stream().map(Task::getProcessInstanceId).filter(id -> !instances.containsKey(id))
          .collect(Collectors.toSet());
      if (!unknown.isEmpty()) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(unknown).list()) {
          instances.put(instance.getId(), new InstanceInfo(instance.getRootProcessInstanceId(), instance.getBusinessKey()));
        }
      }
      for (Task task : open) {
        InstanceInfo info = instances.get(task.getProcessInstanceId());
        CaseRun run = info == null ? null : byRoot.get(info.rootId());
        if (run == null || run.finished() || !dispatched.add(task.getId())) {
          continue;
        }
        actors.submit(() -> act(run, () -> person(run, task, info.businessKey())));
      }
    }

    private void pollEnded() {
      Map<String, CaseRun> closing = new HashMap<>();
      for (CaseRun run : runs) {
        if (run.closingSent && run.caseInstanceId != null && !run.finished()) {
          closing.put(run.caseInstanceId, run);
        }
      }
      if (closing.isEmpty()) {
        return;
      }
      for (HistoricProcessInstance ended : history.createHistoricProcessInstanceQuery().processInstanceIds(closing.keySet())
          .finished().list()) {
        CaseRun run = closing.get(ended.getId());
        String status = jdbc.queryForObject("SELECT status FROM enforcement_case WHERE id = ?", String.class, run.caseId);
        run.status = status;
        if (CLOSED.contains(status)) {
          run.endedAt = ended.getEndTime();
        } else {
          run.failure = "the case process ended (" + ended.getState() + ") but the case is " + status;
        }
      }
    }

    /** The party's application, as {@code applicant} through the product's API. */
    private void apply(CaseRun run) throws IOException, InterruptedException {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("caseNumber", "（2024）粤0305执" + sequence.getAndIncrement() + "号");
      body.put("originalCourtCode", "GD0305");
      body.put("filedOn", "2024-03-01");
      body.put("amountClaimedFen", run.amountFen);
      body.put("applicants", List.of(Map.of("name", "张三", "type", "PERSON", "idNumber", "11010519491231002X")));
      body.put("debtors", List.of(Map.of("name", "深圳某某实业有限公司", "type", "ENTERPRISE", "idNumber", debtorOf(run))));
      body.put("reasons", "立案两年余仍未执行到位");
      body.put("indicators", List.of("INTERFERENCE_SUSPECTED"));
      body.put("materials", List.of("EXECUTION_TITLE", "ACCEPTANCE_NOTICE", "IDENTITY_PROOF"));
      JsonNode created = post("applicant", "/api/applications", body, 201);
      run.applicationId = created.get("id").asText();
      ProcessInstance root = runtime.createProcessInstanceQuery().processDefinitionKey("cross-execution-application")
          .processInstanceBusinessKey(run.applicationId).singleResult();
      if (root == null) {
        throw new IllegalStateException("no application process for " + run.applicationId);
      }
      run.rootInstanceId = root.getId();
      byRoot.put(root.getId(), run);
    }

    /** What the person whose work the task is does with it. */
    private void person(CaseRun run, Task task, String businessKey) throws IOException, InterruptedException {
      String key = task.getTaskDefinitionKey();
      if (run.seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
        throw new IllegalStateException(key + " came back: " + whereIs(run));
      }
      switch (key) {
        case "Task_CoordinatorReview" -> {
          String court = (String) runtime.getVariable(task.getProcessInstanceId(), "executingCourtCode");
          run.executingCourt = court;
          Map<String, Object> v = new HashMap<>();
          v.put("reviewOutcome", "ACCEPT");
          v.put("mode", "DIRECTED");
          v.put("executingCourtCode", court);
          v.put("necessity", "原执行法院存在不当干预风险");
          v.put("convenience", "财产位于指令法院辖区");
          v.put("regularity", "符合交叉执行程序");
          v.put("decisionReasons", "指令异地法院执行");
          complete(COORDINATOR, task, v);
        }
        case "Task_AcknowledgeFile" -> {
          run.caseInstanceId = task.getProcessInstanceId();
          run.caseId = businessKey;
          complete(officer(run), task, Map.of("fileComplete", true, "handlerName", "李法官", "handlerPhone", "0755-12345678"));
        }
        case "Task_ServeNotice" -> {
          String today = courtToday().toString();
          complete(officer(run), task, Map.of("noticeServedOn", today, "reportOrderServedOn", today,
              "consumptionRestrictionIssued", true));
        }
        case "Task_DecideNextStep" -> {
          if (run.paid) {
            // the debtor pays the whole claim: the case's process closes it as performed (PerformedInFull)
            post(officer(run), "/api/cases/" + run.caseId + "/payments", Map.of("amountFen", run.amountFen,
                "receivedOn", courtToday().toString(), "payer", "深圳某某实业有限公司", "channel", "VOLUNTARY",
                "reference", "BENCH-" + run.caseId), 201);
          } else {
            complete(officer(run), task, Map.of("nextStep", "TERMINATE", "nextStepReason", "被执行人主体资格消灭，无遗产可供执行"));
          }
          run.closingSent = true;
        }
        default -> throw new IllegalStateException("unexpected task " + key);
      }
    }

    /** Each case its own debtor (default), or the cases spread over {@code debtors} debtors. */
    private String debtorOf(CaseRun run) {
      int debtor = debtors > 0 ? run.number % debtors : run.number;
      return unifiedSocialCreditCode("91350100MA" + String.format(Locale.ROOT, "%07d", (debtorBase + debtor) % 10_000_000));
    }

    private String officer(CaseRun run) {
      return "officer-" + run.executingCourt;
    }

    /** Runs a step of a case; a step that fails ends the case's run with the reason. */
    private void act(CaseRun run, Step step) {
      try {
        step.run();
      } catch (Exception | AssertionError e) {
        run.failure = e.toString();
      }
    }

    private String whereIs(CaseRun run) {
      if (run.rootInstanceId == null) {
        return "no application process yet";
      }
      StringBuilder where = new StringBuilder();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().rootProcessInstanceId(run.rootInstanceId).list()) {
        where.append(repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey())
            .append(runtime.getActiveActivityIds(instance.getId()))
            .append(runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(i -> " incident " + i.getActivityId() + ": " + i.getIncidentMessage()).collect(Collectors.joining()))
            .append("; ");
      }
      return where.length() == 0 ? "no process running" : where.toString();
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** Claims and completes the task as the user; a clash with a worker on the same instance is tried again. */
  private void complete(String user, Task task, Map<String, Object> variables) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        if (!user.equals(task.getAssignee())) {
          tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), variables);
        peopleCompletions.put(task.getId(), new HashMap<>(variables));
        return;
      } catch (OptimisticLockingException e) {
        lockRetries.incrementAndGet();
        if (attempt == 5) {
          throw e;
        }
        Thread.sleep(20L * attempt);
        task = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        if (task == null) {
          throw new IllegalStateException("task gone after a lock clash", e);
        }
      }
    }
  }

  private JsonNode post(String user, String path, Object body, int expected) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() == expected) {
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
      }
      if (response.statusCode() >= 500 && attempt < 3) {
        serverErrorRetries.incrementAndGet();
        Thread.sleep(50L * attempt);
        continue;
      }
      throw new IllegalStateException("POST " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** A valid code (GB 32100: check character over the first 17) for a made-up enterprise debtor. */
  static String unifiedSocialCreditCode(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_CHARSET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return first17 + USCC_CHARSET.charAt(check == 31 ? 0 : check);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private static LocalDate courtToday() {
    return LocalDate.now(COURT_TIME);
  }

  // ------------------------------------------------------------------ figures

  private String report(Batch batch, Map<String, Double> workerOutcomesBefore, Map<String, double[]> workerTimesBefore)
      throws Exception {
    double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Map<String, double[]> work = workerTimes();
    workerTimesBefore.forEach((topic, before) -> {
      double[] now = work.get(topic);
      now[0] -= before[0];
      now[1] -= before[1];
    });
    List<CaseRun> complete = batch.runs.stream().filter(r -> r.endedAt != null).toList();
    Set<String> roots = batch.runs.stream().map(r -> r.rootInstanceId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    Date since = new Date(batch.startedAtMillis - 1000);
    Set<String> instanceIds = new HashSet<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().startedAfter(since).list()) {
      if (roots.contains(instance.getRootProcessInstanceId())) {
        instanceIds.add(instance.getId());
      }
    }

    Map<String, List<Long>> byTopic = new TreeMap<>();
    List<Long> allSteps = new ArrayList<>();
    Map<String, String> topics = new HashMap<>();
    int canceled = 0;
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().activityType("serviceTask").finished()
        .startedAfter(since).list()) {
      if (!instanceIds.contains(step.getProcessInstanceId())) {
        continue;
      }
      if (step.isCanceled()) {
        canceled++; // e.g. the limit watch's step when a payment closes the case first: not a completed step
        continue;
      }
      long millis = step.getEndTime().getTime() - step.getStartTime().getTime();
      allSteps.add(millis);
      String topic = topics.computeIfAbsent(step.getProcessDefinitionId() + "#" + step.getActivityId(),
          k -> topicOf(step.getProcessDefinitionId(), step.getActivityId()));
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(millis);
    }
    // how the inquiry answers reached their source's wait: by message, or read from the table after the time-out
    int byMessage = 0;
    int afterTimeout = 0;
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().startedAfter(since).list()) {
      if (instanceIds.contains(step.getProcessInstanceId())) {
        byMessage += step.getActivityId().equals("Event_AnswerReceived") ? 1 : 0;
        afterTimeout += step.getActivityId().equals("Timer_AnswerTimeout") ? 1 : 0;
      }
    }
    List<Long> reactions = new ArrayList<>();
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().activityType("userTask").finished()
        .startedAfter(since).list()) {
      if (instanceIds.contains(step.getProcessInstanceId()) && PEOPLE_TASKS.contains(step.getActivityId())
          && !step.isCanceled()) {
        reactions.add(step.getEndTime().getTime() - step.getStartTime().getTime());
      }
    }
    List<Long> endToEnd = complete.stream().map(r -> r.endedAt.getTime() - r.startedAtMillis).toList();
    long wallMillis = complete.stream().mapToLong(r -> r.endedAt.getTime()).max().orElse(batch.startedAtMillis)
        - batch.startedAtMillis;
    double perMinute = wallMillis == 0 ? 0 : complete.size() * 60_000.0 / wallMillis;
    productCasesPerMinute = perMinute;
    productStepsPerSecond = wallMillis == 0 ? 0 : allSteps.size() * 1000.0 / wallMillis;
    productP99 = allSteps.isEmpty() ? 0 : percentile(allSteps, 99);

    StringBuilder out = new StringBuilder();
    String line = "-".repeat(94) + "\n";
    out.append(String.format(Locale.ROOT, "Case throughput benchmark, %s%n",
        OffsetDateTime.now(COURT_TIME).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 19)));
    out.append(line);
    out.append(row("database", database()));
    out.append(row("cases", String.format(Locale.ROOT, "%d complete of %d (%d at a time; warm-up %d not counted); "
        + "closed by full payment %d, by TERMINATE %d", complete.size(), batch.runs.size(), batch.inFlight, warmup,
        complete.stream().filter(r -> "PERFORMED".equals(r.status)).count(),
        complete.stream().filter(r -> "TERMINATED".equals(r.status)).count())));
    out.append(row("settings", "simulator delay PT0.05S, no failing/silent sources; "
        + (debtors > 0 ? debtors + " debtor(s) shared by the cases" : "one debtor per case") + "; " + people
        + " people threads, poll " + pollMillis + " ms; CPUs " + Runtime.getRuntime().availableProcessors()));
    out.append(row("application start-up", String.format(Locale.ROOT, "%.1f s (not counted); the job workers' fetch "
        + "thread used %.1f s CPU in it", startupSeconds, clientCpuAtStartup)));
    out.append(row("wall time", String.format(Locale.ROOT, "%.1f s (first application to last case closed)",
        wallMillis / 1000.0)));
    out.append(row("complete cases per minute", String.format(Locale.ROOT, "%.1f", perMinute)));
    out.append(line);
    out.append(String.format(Locale.ROOT, "%-46s %7s %9s %9s %9s %9s %11s%n", "latency (ms)", "count", "median", "p95",
        "p99", "max", "work mean"));
    double workMillis = work.values().stream().mapToDouble(t -> t[0]).sum();
    double workCount = work.values().stream().mapToDouble(t -> t[1]).sum();
    out.append(stats("automated steps (all serviceTask)", allSteps, workCount == 0 ? -1 : workMillis / workCount));
    if (canceled > 0) {
      out.append(String.format(Locale.ROOT, "  (%d more were canceled by the case's closing before a worker completed them)%n",
          canceled));
    }
    out.append("  slowest 5 topics by p95:\n");
    byTopic.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Long>> e) -> percentile(e.getValue(), 95)).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(5)
        .forEach(e -> {
          double[] t = work.get(e.getKey());
          out.append(stats("  " + e.getKey(), e.getValue(), t == null || t[1] == 0 ? -1 : t[0] / t[1]));
        });
    out.append(stats("people's tasks (driver's reaction)", reactions));
    out.append(stats("end-to-end case (application to end)", endToEnd));
    out.append(line);
    Runtime jvm = Runtime.getRuntime();
    long usedMb = (jvm.totalMemory() - jvm.freeMemory()) >> 20;
    System.gc();
    long afterGcMb = (jvm.totalMemory() - jvm.freeMemory()) >> 20;
    out.append(row("JVM heap used at end", String.format(Locale.ROOT, "%d MB (%d MB after a full GC; max %d MB)", usedMb,
        afterGcMb, jvm.maxMemory() >> 20)));
    long historyRowsAdded = historyRows() - historyRowsAtStart;
    long historyBytesAdded = historyBytesAtStart < 0 ? -1 : historyBytes() - historyBytesAtStart;
    out.append(row("history per complete case", complete.isEmpty() ? "-" : String.format(Locale.ROOT,
        "%d rows in ACT_HI_* and ACT_GE_BYTEARRAY%s", historyRowsAdded / complete.size(), historyBytesAdded < 0 ? ""
            : String.format(Locale.ROOT, ", %d kB with indexes", historyBytesAdded / complete.size() / 1024))));
    out.append(row("inquiry answers", byMessage + " reached their wait by message, " + afterTimeout
        + " only through the answer time-out (the answer came before the wait began)"));
    out.append(row("worker outcomes in the run", workerOutcomeDelta(workerOutcomesBefore)));
    out.append(row("workers' handler time", String.format(Locale.ROOT, "%.1f s in all = %.0f%% of the wall time "
        + "(handlers run on a pool of " + context.getEnvironment().getProperty("crossexec.workers.pool.size") + " threads, 0 = 4 per core)", workMillis / 1000,
        wallMillis == 0 ? 0 : 100 * workMillis / wallMillis)));
    long cpuNanos = processCpuNanos() - cpuAtStart;
    productCpuMsPerStep = allSteps.isEmpty() || cpuNanos < 0 ? 0 : cpuNanos / 1e6 / allSteps.size();
    out.append(row("automated steps per second", String.format(Locale.ROOT, "%.1f", productStepsPerSecond)));
    out.append(row("CPU per automated step", String.format(Locale.ROOT, "%.1f ms (the driver included)",
        productCpuMsPerStep)));
    out.append(row("CPU used by this JVM", cpuNanos < 0 ? "unknown" : String.format(Locale.ROOT,
        "%.1f s = %.0f%% of %d CPUs over the run (the driver included)", cpuNanos / 1e9,
        100.0 * cpuNanos / 1e6 / (System.currentTimeMillis() - batch.startedAtMillis) / jvm.availableProcessors(),
        jvm.availableProcessors())));
    out.append(row("system load average (1 min)", String.format(Locale.ROOT, "%.2f at start, %.2f at end", loadAtStart,
        loadAtEnd)));
    out.append(row("driver's retries", lockRetries.get() + " task completions after a lock clash, " + serverErrorRetries.get()
        + " API calls after a 5xx"));
    out.append(row("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
        + ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
            .collect(Collectors.joining(" "))));
    return out.toString();
  }

  /** The steps of the slowest cases, in ms from the application's POST. */
  private void trace(Batch batch, int count) {
    batch.runs.stream().filter(r -> r.endedAt != null)
        .sorted(Comparator.comparingLong((CaseRun r) -> r.endedAt.getTime() - r.startedAtMillis).reversed())
        .limit(count)
        .forEach(run -> {
          System.out.println("case " + run.number + " (" + run.caseId + "), " + (run.endedAt.getTime() - run.startedAtMillis) + " ms:");
          List<HistoricActivityInstance> steps = new ArrayList<>();
          for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
              .rootProcessInstanceId(run.rootInstanceId).list()) {
            steps.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list());
          }
          steps.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
          for (HistoricActivityInstance step : steps) {
            if (step.getActivityType().equals("serviceTask") || step.getActivityType().equals("userTask")
                || step.getActivityType().equals("callActivity") || step.getActivityType().equals("multiInstanceBody")) {
              System.out.printf(Locale.ROOT, "  %7d %7s %s%s%n", step.getStartTime().getTime() - run.startedAtMillis,
                  step.getEndTime() == null ? "-" : String.valueOf(step.getEndTime().getTime() - run.startedAtMillis),
                  step.getActivityId(), step.isCanceled() ? " (canceled)" : "");
            }
          }
        });
  }

  /** CPU time used so far by the live threads whose name contains the text. */
  private static double threadCpuSeconds(String name) {
    var threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(name)) {
        nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return nanos / 1e9;
  }

  /** Automated steps done so far by the workers (their timer's count). */
  private double stepsSoFar() {
    return meters.find("crossexec.worker.duration").timers().stream().mapToDouble(Timer::count).sum();
  }

  /** Rows in the engine's history tables: what the history costs per case. */
  private long historyRows() {
    long rows = 0;
    for (String table : HISTORY_TABLES) {
      try {
        rows += jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
      } catch (RuntimeException e) {
        // a table of another history level or version: not counted
      }
    }
    return rows;
  }

  /** Bytes of the engine's history tables with their indexes (PostgreSQL only; -1 elsewhere). */
  private long historyBytes() {
    if (!databaseLabel().equals("PostgreSQL")) {
      return -1;
    }
    long bytes = 0;
    for (String table : HISTORY_TABLES) {
      try {
        bytes += jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, table.toLowerCase(Locale.ROOT));
      } catch (RuntimeException e) {
        // not there
      }
    }
    return bytes;
  }

  private static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_INCIDENT",
      "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_OP_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT",
      "ACT_HI_CASEINST", "ACT_HI_CASEACTINST", "ACT_HI_BATCH", "ACT_GE_BYTEARRAY");

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private String topicOf(String processDefinitionId, String activityId) {
    var element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    String topic = element instanceof ServiceTask task ? task.getCamundaTopic() : null;
    return topic == null ? activityId : topic;
  }

  private String database() {
    DataSource dataSource = context.getBean(DataSource.class);
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      String name = meta.getDatabaseProductName();
      String label = name.toLowerCase(Locale.ROOT).contains("postgres") ? "PostgreSQL" : name.equals("H2") ? "H2" : name;
      return label + " " + meta.getDatabaseProductVersion() + " (" + meta.getURL().replaceAll(";.*", "") + ")";
    } catch (Exception e) {
      return "unknown (" + e + ")";
    }
  }

  /** Per topic: handler time in ms (fetch excluded; the worker's transaction and its complete call included), count. */
  private Map<String, double[]> workerTimes() {
    Map<String, double[]> times = new TreeMap<>();
    for (Timer timer : meters.find("crossexec.worker.duration").timers()) {
      double[] t = times.computeIfAbsent(timer.getId().getTag("topic"), k -> new double[2]);
      t[0] += timer.totalTime(TimeUnit.MILLISECONDS);
      t[1] += timer.count();
    }
    return times;
  }

  private Map<String, Double> workerOutcomes() {
    Map<String, Double> outcomes = new TreeMap<>();
    for (Counter counter : meters.find("crossexec.worker.tasks").counters()) {
      outcomes.merge(counter.getId().getTag("outcome"), counter.count(), Double::sum);
    }
    return outcomes;
  }

  private String workerOutcomeDelta(Map<String, Double> before) {
    Map<String, Double> now = workerOutcomes();
    return now.entrySet().stream()
        .map(e -> e.getKey() + " " + Math.round(e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .collect(Collectors.joining(", "));
  }

  private static String row(String name, String value) {
    return String.format(Locale.ROOT, "%-36s %s%n", name, value);
  }

  private static String stats(String name, Collection<Long> values) {
    return stats(name, values, -1);
  }

  /** A row of latencies; workMean (when not negative) is the workers' mean handler time for the same steps. */
  private static String stats(String name, Collection<Long> values, double workMean) {
    if (values.isEmpty()) {
      return String.format(Locale.ROOT, "%-46s %7d%n", name, 0);
    }
    List<Long> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "%-46s %7d %9d %9d %9d %9d %11s%n", name, sorted.size(), percentile(sorted, 50),
        percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1),
        workMean < 0 ? "" : String.format(Locale.ROOT, "%.0f", workMean));
  }

  /** Nearest-rank percentile. */
  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private void append(String report) throws IOException {
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, "\n```\n" + report + "```\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println("Appended to " + results);
  }
}
