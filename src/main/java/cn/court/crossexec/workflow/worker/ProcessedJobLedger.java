package cn.court.crossexec.workflow.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads and writes the record of handled external tasks, with the variables the completion carried. */
@Component
class ProcessedJobLedger {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ProcessedJobRepository records;
  private final ObjectMapper mapper;
  private final Clock clock;

  ProcessedJobLedger(ProcessedJobRepository records, ObjectMapper mapper) {
    this.records = records;
    this.mapper = mapper;
    this.clock = Clock.systemDefaultZone();
  }

  Optional<JobResult> recorded(String externalTaskId) {
    return records.findById(externalTaskId).map(this::toResult);
  }

  void record(Job job, JobResult result) {
    records.saveAndFlush(new ProcessedJob(job, result, write(result.variables()), OffsetDateTime.now(clock)));
  }

  private JobResult toResult(ProcessedJob record) {
    Map<String, Object> variables = read(record.getVariablesJson());
    return record.getOutcome() == JobResult.Outcome.COMPLETED
        ? JobResult.complete(variables)
        : JobResult.bpmnError(record.getErrorCode(), record.getErrorMessage(), variables);
  }

  private String write(Map<String, Object> variables) {
    try {
      return mapper.writeValueAsString(variables);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Worker variables must be JSON values", e);
    }
  }

  private Map<String, Object> read(String json) {
    try {
      return json == null ? Map.of() : mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable processed_job variables", e);
    }
  }
}
