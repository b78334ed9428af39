package cn.court.crossexec.workflow;

import cn.court.crossexec.platform.ConditionalOnEngine;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest answers a task completion that a model's completion check refused with 400 and the check's reasons,
 * not 500. The checks (e.g. intake's ReviewCompletionCheck, bankruptcy's TransferTaskCheck) throw
 * {@link BadUserRequestException} from a task listener, and the engine wraps every listener exception in a plain
 * {@link ProcessEngineException}, which the task resource turns into a {@link RestException} with status 500. This
 * mapper (chosen before the engine REST API's own one for the same type by its lower priority) answers 400 when a
 * {@link BadUserRequestException} is among the causes and leaves every other exception to the engine's handler.
 */
@Priority(1)
public class CompletionRefusalMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BadUserRequestException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", BadUserRequestException.class.getSimpleName());
        body.put("message", refused.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
    }
    return engineHandler.toResponse(exception);
  }

  @ConditionalOnEngine
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    ResourceConfigCustomizer completionRefusalMapper() {
      return config -> config.register(CompletionRefusalMapper.class);
    }
  }
}
