package cn.court.crossexec.workflow.worker;

import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.camunda.bpm.client.impl.EngineClient;
import org.camunda.bpm.client.impl.ExternalTaskClientBuilderImpl;
import org.camunda.bpm.client.impl.RequestExecutor;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.interceptor.impl.RequestInterceptorHandler;
import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.task.impl.ExternalTaskImpl;
import org.camunda.bpm.client.task.impl.ExternalTaskServiceImpl;
import org.camunda.bpm.client.topic.impl.dto.TopicRequestDto;
import org.camunda.bpm.client.variable.impl.TypedValues;

/**
 * The engine's external-task REST API through the Camunda client's own HTTP layer (its JSON mapping, typed
 * variables, basic authentication), but with this project's fetch: the number of tasks asked for changes with every
 * fetch (the pool's free slots), and tasks come oldest first ({@code sorting: createTime asc}), or by priority and
 * then oldest first when {@code crossexec.workers.use-priority} is set. The client's own fetch loop (one thread that
 * also runs every handler) is not used.
 */
final class EngineTaskSource implements TaskSource {

  private final SizedEngineClient engine;
  private final TypedValues typedValues;
  private final ExternalTaskService service;

  EngineTaskSource(ClientProperties client, String username, String password, int connections, boolean usePriority) {
    Builder builder = new Builder(connections);
    builder.baseUrl(client.getBaseUrl());
    if (client.getWorkerId() != null) {
      builder.workerId(client.getWorkerId());
    }
    if (client.getAsyncResponseTimeout() != null) {
      builder.asyncResponseTimeout(client.getAsyncResponseTimeout());
    }
    if (client.getLockDuration() != null) {
      builder.lockDuration(client.getLockDuration());
    }
    if (client.getDefaultSerializationFormat() != null) {
      builder.defaultSerializationFormat(client.getDefaultSerializationFormat());
    }
    if (client.getDateFormat() != null) {
      builder.dateFormat(client.getDateFormat());
    }
    if (username != null && !username.isBlank()) {
      builder.addInterceptor(new BasicAuthProvider(username, password));
    }
    builder.usePriority(usePriority);
    builder.orderByCreateTime().asc(); // (the 7.24 client sends this sorting entry twice: harmless)
    builder.disableAutoFetching();
    builder.maxTasks(Math.max(1, connections));
    builder.build(); // the client object itself is never started: only its engine client and value mappers are used
    this.engine = builder.sized;
    this.typedValues = builder.getTypedValues();
    this.service = new ExternalTaskServiceImpl(engine);
  }

  @Override
  public List<ExternalTask> fetchAndLock(List<Subscription> subscriptions, int maxTasks) {
    List<TopicRequestDto> topics =
        subscriptions.stream()
            .map(s -> new TopicRequestDto(s.topic(), s.lockDurationMillis(), s.variables(), null))
            .toList();
    List<ExternalTask> tasks = engine.fetchAndLock(topics, maxTasks);
    for (ExternalTask task : tasks) {
      ExternalTaskImpl fetched = (ExternalTaskImpl) task;
      fetched.setReceivedVariableMap(typedValues.wrapVariables(fetched, fetched.getVariables()));
    }
    return tasks;
  }

  @Override
  public ExternalTaskService service() {
    return service;
  }

  String workerId() {
    return engine.getWorkerId();
  }

  /** The client's builder, with an engine client whose fetch size is set per fetch and enough HTTP connections. */
  private static final class Builder extends ExternalTaskClientBuilderImpl {
    private final int connections;
    private SizedEngineClient sized;

    Builder(int connections) {
      this.connections = connections;
    }

    @Override
    protected void initEngineClient() {
      httpClientBuilder.addRequestInterceptorLast(new RequestInterceptorHandler(interceptors));
      // the default pool allows 5 connections to one host: one long poll + a report per busy handler need more
      httpClientBuilder.setConnectionManager(
          PoolingHttpClientConnectionManagerBuilder.create()
              .setMaxConnPerRoute(connections + 2)
              .setMaxConnTotal(connections + 2)
              .build());
      Executor executor = new Executor(httpClientBuilder.build(), objectMapper);
      sized = new SizedEngineClient(workerId, maxTasks, asyncResponseTimeout, urlResolver, executor, usePriority, orderingConfig);
      engineClient = sized;
    }
  }

  private static final class Executor extends RequestExecutor {
    Executor(org.apache.hc.client5.http.classic.HttpClient http, com.fasterxml.jackson.databind.ObjectMapper json) {
      super(http, json);
    }
  }

  /** The client's engine client, asked for as many tasks as the caller can start now (one fetch at a time). */
  private static final class SizedEngineClient extends EngineClient {
    SizedEngineClient(String workerId, int maxTasks, Long asyncResponseTimeout, org.camunda.bpm.client.UrlResolver urls,
        RequestExecutor executor, boolean usePriority, org.camunda.bpm.client.task.OrderingConfig ordering) {
      super(workerId, maxTasks, asyncResponseTimeout, urls, executor, usePriority, ordering);
    }

    synchronized List<ExternalTask> fetchAndLock(List<TopicRequestDto> topics, int count) {
      this.maxTasks = count;
      List<ExternalTask> tasks = super.fetchAndLock(topics);
      return tasks == null ? List.of() : Arrays.asList(tasks.toArray(ExternalTask[]::new));
    }
  }
}
