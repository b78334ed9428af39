package cn.court.crossexec.workflow.rest;

import cn.court.crossexec.platform.ConditionalOnEngine;
import cn.court.crossexec.platform.Problems;
import cn.court.crossexec.workflow.CompletionRefused;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refusals of {@code /engine-rest} as RFC 9457 problem details ({@code application/problem+json}) with a Chinese title,
 * like the product's own API. The status and the engine's fields stay what Camunda decides ({@code type} the
 * exception's name, {@code message}, {@code code}, an authorization failure's details), because the external-task
 * client reads them (the job runner retries on {@code type} OptimisticLockingException). Two things change:
 *
 * <ul>
 *   <li>a completion refused by the server's checks ({@link CompletionRefused}, which the engine wraps) is a 400
 *       validation problem listing every bad value, instead of the engine's 500;
 *   <li>every other refusal gains {@code title}, {@code status} and {@code detail}.
 * </ul>
 *
 * The mappers are registered for the same types as Camunda's own with a higher priority, so Jersey prefers them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEngine
class EngineRestProblems {

  static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  ResourceConfigCustomizer engineRestProblemMappers() {
    return config -> config.register(ForRest.class).register(ForEngine.class).register(ForAnything.class);
  }

  /** The response for any exception a resource throws. */
  static Response problem(Throwable thrown) {
    CompletionRefused refused = refusal(thrown);
    if (refused != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", Problems.VALIDATION.toString());
      body.put("title", "任务未能完成：提交的内容不符合规则");
      body.put("status", 400);
      body.put("detail", refused.getMessage());
      body.put("message", refused.getMessage()); // as the engine's own refusals carry it, for Camunda's clients
      body.put("errors", refused.errors());
      return Response.status(400).type(PROBLEM_JSON).entity(body).build();
    }
    Response engine = ExceptionHandlerHelper.getInstance().getResponse(thrown);
    Map<String, Object> body = new LinkedHashMap<>();
    Object dto = engine.getEntity();
    if (dto != null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = JSON.convertValue(dto, Map.class);
      body.putAll(fields);
    }
    int status = engine.getStatus();
    body.put("title", titleOf(status));
    body.put("status", status);
    body.put("detail", body.getOrDefault("message", titleOf(status)));
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  static CompletionRefused refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CompletionRefused refused) {
        return refused;
      }
    }
    return null;
  }

  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "未登录或登录已失效";
      case 403 -> "无权进行此操作";
      case 404 -> "所请求的对象不存在";
      case 409 -> "与当前状态冲突，请刷新后重试";
      default -> status >= 500 ? "服务器处理失败" : "请求未能处理";
    };
  }

  @Priority(1)
  static class ForRest implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return problem(exception);
    }
  }

  @Priority(1)
  static class ForEngine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return problem(exception);
    }
  }

  @Priority(1)
  static class ForAnything implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return problem(exception);
    }
  }
}
