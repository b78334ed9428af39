package cn.court.crossexec.workflow.worker;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.topic.TopicSubscription;
import org.camunda.bpm.client.topic.TopicSubscriptionBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Subscribes every {@link JobWorker} bean to its topic on the external-task client, once the application
 * (and, in the same JVM, the engine's REST API and its users) is ready.
 */
@Component
@ConditionalOnProperty(name = "crossexec.workers.enabled", havingValue = "true", matchIfMissing = true)
class WorkerSubscriptions {

  private static final Logger log = LoggerFactory.getLogger(WorkerSubscriptions.class);

  private final ExternalTaskClient client;
  private final List<JobWorker> workers;
  private final JobRunner runner;
  private final List<TopicSubscription> opened = new java.util.ArrayList<>();

  WorkerSubscriptions(ExternalTaskClient client, List<JobWorker> workers, JobRunner runner) {
    this.client = client;
    this.workers = workers;
    this.runner = runner;
    Set<String> topics = new HashSet<>();
    for (JobWorker worker : workers) {
      if (!topics.add(worker.topic())) {
        throw new IllegalStateException("Two job workers for topic " + worker.topic() + ": one bean per topic");
      }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void open() {
    for (JobWorker worker : workers) {
      TopicSubscriptionBuilder builder =
          client
              .subscribe(worker.topic())
              .lockDuration(worker.lockDuration().toMillis())
              .handler((task, service) -> runner.run(worker, task, service));
      if (worker.variables() != null) {
        builder.variables(worker.variables().toArray(String[]::new));
      }
      opened.add(builder.open());
    }
    log.info("Job workers subscribed: {}", workers.stream().map(JobWorker::topic).sorted().toList());
  }

  List<String> topics() {
    return opened.stream().map(TopicSubscription::getTopicName).toList();
  }
}
